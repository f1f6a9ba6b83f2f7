import Link from "next/link"

import { MainNav } from "./main-nav"

/** `actions` is the right-hand slot (user menu, customer switcher); `hiddenNav` lists nav hrefs to leave out. */
export function SiteHeader({
  actions,
  hiddenNav,
}: {
  actions?: React.ReactNode
  hiddenNav?: readonly string[]
}) {
  return (
    <header className="bg-surface/85 supports-[backdrop-filter]:bg-surface/70 sticky top-0 z-30 border-b backdrop-blur">
      <div className="mx-auto flex h-12 max-w-screen-xl items-stretch gap-6 px-4 sm:px-6">
        <Link
          href="/links"
          className="flex items-center gap-2 self-center rounded-md text-sm font-semibold tracking-tight"
        >
          <LogoMark />
          Linkdesk
        </Link>
        <MainNav hidden={hiddenNav} />
        <div
          className="ml-auto flex items-center gap-2"
          data-slot="header-actions"
        >
          {actions}
        </div>
      </div>
    </header>
  )
}

function LogoMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className="size-5">
      <rect width="32" height="32" rx="7" className="fill-accent" />
      <path
        d="M13.5 18.5l5-5M12 15l-2 2a3.5 3.5 0 005 5l2-2m-2-8l2-2a3.5 3.5 0 015 5l-2 2"
        fill="none"
        stroke="white"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
    </svg>
  )
}
