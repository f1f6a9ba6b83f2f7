import "server-only"

import { upstreamClient } from "@/lib/ads-api/upstream.server"
import type { UpstreamSession } from "@/lib/auth/session.server"
import type { GridCaller } from "@/lib/grid/service.server"
import type { WriteCaller } from "@/lib/link-writes/write-caller"

import type { HandlerContext } from "./with-session.server"

/** The signed-in user and selected customer the grid gathers for. */
export const gridCaller = (session: UpstreamSession): GridCaller => ({
  userId: session.user.id,
  target: { customerId: session.customer.id, kind: session.customer.kind },
  client: upstreamClient(session),
})

/** The caller of a write, from the request's session, refresh and wait budget. */
export function writeCaller({
  session,
  refreshSession,
  budget,
}: Pick<
  HandlerContext<unknown, never>,
  "session" | "refreshSession" | "budget"
>): WriteCaller {
  return {
    user: session.user,
    customer: session.customer,
    permissions: session.permissions,
    client: upstreamClient(session),
    refreshedClient: async () => {
      const next = await refreshSession()
      return next ? upstreamClient(next) : null
    },
    budget,
  }
}
