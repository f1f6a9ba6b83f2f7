"use client"

import { useState } from "react"

import { loadOnIntent } from "@/components/ui/load-on-intent"
import { toast } from "@/components/ui/toast"

import { UserMenuFace, userMenuTriggerClassName } from "./user-menu-face"

// The Radix menu with its focus and scroll-lock code (about 16 KB gzipped) is needed
// only once the user reaches for the menu, not with every dashboard page.
const radixMenu = loadOnIntent(() => import("./user-menu-dropdown"))

/**
 * The header's user menu. Until the first hover, focus or press an identical button
 * stands in; a press on it opens the menu as soon as it has loaded.
 */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const radix = radixMenu.useModule()
  const [openAtLoad, setOpenAtLoad] = useState(false)
  const [focused, setFocused] = useState(false)
  if (radix)
    return (
      <radix.UserMenuDropdown
        name={name}
        email={email}
        defaultOpen={openAtLoad}
        focusTrigger={focused}
      />
    )

  function intent(open: boolean) {
    if (open) setOpenAtLoad(true)
    radixMenu.start().catch((e: unknown) => {
      if (open)
        toast("Could not open the user menu. Check your connection.", {
          tone: "error",
        })
      else console.error("The user menu did not load.", e)
    })
  }
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-label={`User menu: ${name}`}
      className={userMenuTriggerClassName}
      onPointerEnter={() => intent(false)}
      onFocus={() => {
        setFocused(true)
        intent(false)
      }}
      onBlur={() => setFocused(false)}
      onClick={() => intent(true)}
      onKeyDown={(e) => {
        if (e.key === "ArrowDown") intent(true)
      }}
    >
      <UserMenuFace name={name} />
    </button>
  )
}
