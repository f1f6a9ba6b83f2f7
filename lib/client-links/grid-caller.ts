import "server-only"

import type { UpstreamSession } from "@/lib/auth/session"
import { upstreamClient } from "@/lib/auth/session"

import { gridQuerySchema, type GridQuery } from "./grid-schema"
import type { GridCaller } from "./grid-service"

/** The signed-in user and selected customer the grid gathers for. */
export const gridCaller = (session: UpstreamSession): GridCaller => ({
  userId: session.user.id,
  target: { customerId: session.customer.id, kind: session.customer.kind },
  client: upstreamClient(session),
})

/** The grid's URL query, validated (a ZodError becomes a 400 in withSession). */
export const parseGridQuery = (req: Request): GridQuery =>
  gridQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams))
