import "server-only"

import type { UpstreamSession } from "@/lib/auth/session.server"
import { isEmulator } from "@/lib/env.server"

import { CustomerSwitcher } from "./customer-switcher"
import { EmulatorBadge } from "./emulator-badge"
import { SessionWatcher } from "./session-watcher"
import { UserMenu } from "./user-menu"

/** The header's right-hand slot. Passes names and ids only to the client components. */
export function SessionActions({ session }: { session: UpstreamSession }) {
  return (
    <>
      {isEmulator() ? <EmulatorBadge /> : null}
      <CustomerSwitcher
        customers={session.customers}
        selectedId={session.customer.id}
      />
      <UserMenu name={session.user.name} email={session.user.email} />
      <SessionWatcher />
    </>
  )
}
