"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

import { cn } from "@/lib/utils"

const items = [
  { href: "/links", label: "Client links" },
  { href: "/invite", label: "Invite" },
  { href: "/invitations", label: "Invitations for you" },
] as const

export function MainNav({ hidden = [] }: { hidden?: readonly string[] }) {
  const pathname = usePathname()
  return (
    <nav aria-label="Primary" className="flex h-full items-stretch">
      <ul className="flex items-stretch gap-1">
        {items
          .filter((item) => !hidden.includes(item.href))
          .map((item) => {
            const active =
              pathname === item.href || pathname.startsWith(`${item.href}/`)
            return (
              <li key={item.href} className="flex">
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "relative flex items-center rounded-md px-2.5 text-[13px] font-medium whitespace-nowrap transition-colors",
                    "after:absolute after:inset-x-2 after:-bottom-px after:h-0.5 after:rounded-full",
                    active
                      ? "text-fg after:bg-fg"
                      : "text-fg-muted hover:text-fg",
                  )}
                >
                  {item.label}
                </Link>
              </li>
            )
          })}
      </ul>
    </nav>
  )
}
