import { expect } from "vitest"

import {
  bulkResponseSchema,
  type LinkKey,
  type RowResult,
} from "@/lib/contract/writes"
import { linkPairKey } from "@/lib/contract/rules"
import { readLinks } from "@/lib/link-writes/status-reads"

import { post, type Upstream } from "@/test/route-harness.test-support"

/** The faults every reliability run throws at the broken call. */
export const FAULTS = [
  { kind: "status500" },
  { kind: "drop" },
  { kind: "malformed" },
  { kind: "latency", latencyMs: 5_000 },
] as const

/** One bulk request to a route handler: a 200 with one result per row is expected. */
export async function sendBulk(
  route: (req: Request) => Promise<Response>,
  path: string,
  body: unknown,
): Promise<RowResult[]> {
  const res = await route(post(path, body))
  expect(res.status).toBe(200)
  return bulkResponseSchema.parse(await res.json()).results
}

/**
 * What fault tests ask of the emulator after a run: how often each client entity went out
 * in a write and how often that write was applied, and each link's status now.
 */
export function entityCalls(up: Upstream, operation: string) {
  const sent = new Map<string, number>()
  const applied = new Map<string, number>()
  for (const e of up.state.log)
    if (e.operation === operation)
      for (const id of e.clientEntities ?? []) {
        sent.set(id, (sent.get(id) ?? 0) + 1)
        if (e.status === 200) applied.set(id, (applied.get(id) ?? 0) + 1)
      }
  return { sent, applied }
}

/** Each key's status, read again from the API as `email` (the failure when unreadable). */
export async function currentStatuses(
  up: Upstream,
  email: string,
  keys: LinkKey[],
) {
  const session = up.sessionFor(email)
  const read = await readLinks(up.clientFor(session), keys, session.customer.id)
  return keys.map((k) => {
    const l = read.get(linkPairKey(k))
    return l && "Status" in l ? l.Status : l
  })
}
