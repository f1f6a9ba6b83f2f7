import { SessionActions } from "@/components/session/session-actions.server"
import { SiteHeader } from "@/components/shell/site-header"
import { Notifications } from "@/components/ui/toast"
import { hiddenNavFor, requirePageSession } from "@/lib/auth/page.server"

import { Providers } from "../providers"

export default async function DashboardLayout({
  children,
}: {
  children: React.ReactNode
}) {
  const session = await requirePageSession()
  return (
    <Providers>
      <a
        href="#main"
        className="focus:bg-surface sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        Skip to content
      </a>
      <SiteHeader
        actions={<SessionActions session={session} />}
        // Each customer kind sees its own pages; the others explain themselves by URL.
        hiddenNav={hiddenNavFor(session)}
      />
      {/* tabIndex: the skip link moves focus into main, so the next Tab starts there. */}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-screen-xl px-4 py-6 outline-none sm:px-6"
      >
        {children}
      </main>
      <Notifications />
    </Providers>
  )
}
