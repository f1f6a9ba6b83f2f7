"use client"

import { signOut } from "next-auth/react"
import { DropdownMenu } from "radix-ui"
import { useEffect, useRef } from "react"

import { UserMenuFace, userMenuTriggerClassName } from "./user-menu-face"

/**
 * The Radix menu itself, imported by UserMenu on first intent. `defaultOpen` opens it at
 * once for the click that loaded it; `focusTrigger` keeps keyboard focus on the button
 * that replaced the placeholder.
 */
export function UserMenuDropdown({
  name,
  email,
  defaultOpen,
  focusTrigger,
}: {
  name: string
  email: string
  defaultOpen: boolean
  focusTrigger: boolean
}) {
  const trigger = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focusTrigger && !defaultOpen) trigger.current?.focus()
  }, [focusTrigger, defaultOpen])
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger
        ref={trigger}
        aria-label={`User menu: ${name}`}
        className={userMenuTriggerClassName}
      >
        <UserMenuFace name={name} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="bg-surface z-50 min-w-56 rounded-md border p-1 text-sm shadow-md"
        >
          <DropdownMenu.Label className="px-2 py-1.5">
            <span className="block font-medium">{name}</span>
            <span className="text-fg-muted block truncate text-xs">
              {email}
            </span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="bg-border my-1 h-px" />
          <DropdownMenu.Item
            className="data-[highlighted]:bg-subtle cursor-default rounded-sm px-2 py-1.5 outline-none"
            onSelect={() => void signOut({ callbackUrl: "/signin" })}
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
