import type { UpstreamSession } from "@/lib/auth/session.server"
import { invalidateGathered } from "@/lib/grid/gather.server"
import type { ClientLinksClient } from "@/lib/ads-api/client.server"
import type { BulkResponse, RowResult } from "@/lib/contract/writes"

import { ApiError, isTokenExpired } from "./errors"

/** The upstream code for an expired access token. */
export const TOKEN_EXPIRED = 109

/** A row result in the browser contract (lib/contract/writes.ts, strict): exactly its fields. */
export function toRowResult(r: RowResult): RowResult {
  if (r.ok) return { ok: true }
  const errors = r.errors.map((e) => ({
    code: e.code,
    message: e.message,
    details: e.details,
    trackingId: e.trackingId,
    retryable: e.retryable,
    ...(e.outcomeUnknown ? { outcomeUnknown: true } : {}),
  }))
  if ("notSent" in r)
    return { ok: false, notSent: r.notSent, retryAfter: r.retryAfter, errors }
  return { ok: false, errors }
}

/**
 * The answer of a bulk write: one result per row. The user's own write drops what the grid
 * gathered for this customer, so its next request reads the links again.
 */
export function bulkAnswer(
  session: Pick<UpstreamSession, "user" | "customer">,
  results: RowResult[],
): Response {
  invalidateGathered(session.user.id, session.customer.id)
  return Response.json(
    { results: results.map(toRowResult) } satisfies BulkResponse,
    { headers: { "Cache-Control": "no-store" } },
  )
}

const expired = (r: RowResult) =>
  !r.ok && r.errors.some((e) => e.code === TOKEN_EXPIRED)

/**
 * After a batched write, sends again only the rows the service refused with 109 (token
 * expired: nothing was done for them), once, with a refreshed session. Rows that went
 * through are never sent twice. When the refresh fails and no row went through, the whole
 * request is answered 401 `session_expired` so the browser signs in again.
 */
export async function resendExpiredRows<Row, S, R extends RowResult>(
  rows: Row[],
  results: R[],
  refreshSession: () => Promise<S | null>,
  send: (session: S, rows: Row[]) => Promise<R[]>,
): Promise<R[]> {
  const indexes = results.flatMap((r, i) => (expired(r) ? [i] : []))
  if (indexes.length === 0) return results
  const session = await refreshSession()
  if (!session) {
    if (results.every((r) => !r.ok)) {
      const first = results[indexes[0] ?? 0]
      const trackingId =
        first && !first.ok ? (first.errors[0]?.trackingId ?? null) : null
      throw new ApiError("session_expired", { trackingId })
    }
    return results
  }
  const again = await send(
    session,
    indexes.map((i) => rows[i] as Row),
  )
  const merged = [...results]
  indexes.forEach((i, k) => {
    const r = again[k]
    if (r) merged[i] = r
  })
  return merged
}

type Reader = Pick<ClientLinksClient, "searchClientLinks">

/**
 * A reader that, on an expired token, refreshes the session once and reads again: a read
 * changes nothing, so only the read is repeated, never the write around it.
 */
export function rereadOnExpiry(
  readerFor: (s: UpstreamSession) => Reader,
  session: UpstreamSession,
  refreshSession: () => Promise<UpstreamSession | null>,
): Reader {
  return {
    searchClientLinks: async (...args) => {
      try {
        return await readerFor(session).searchClientLinks(...args)
      } catch (e) {
        if (!isTokenExpired(e)) throw e
        const next = await refreshSession()
        // No new session: the 109 goes up, and the write wrapper answers session_expired.
        if (!next) throw e
        return readerFor(next).searchClientLinks(...args)
      }
    },
  }
}
