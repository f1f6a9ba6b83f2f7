"use client"

import { signOut } from "next-auth/react"
import { DropdownMenu } from "radix-ui"

import { buttonClassName } from "@/components/ui/button"

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  return parts
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? "")
    .join("")
}

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={`User menu: ${name}`}
        className={buttonClassName({ variant: "ghost", className: "gap-2" })}
      >
        <span
          aria-hidden="true"
          className="bg-subtle text-fg grid size-6 place-items-center rounded-full text-[11px] font-semibold"
        >
          {initials(name) || "?"}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{name}</span>
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
