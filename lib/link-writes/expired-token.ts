import type { ClientLinksClient } from "@/lib/ads-api/client.server"
import { ERROR_CODES } from "@/lib/ads-api/error-codes"
import { isTokenExpired } from "@/lib/ads-api/upstream-error"
import type { RowResult } from "@/lib/contract/writes"
import { SessionExpiredError } from "@/lib/link-rules/errors"

const TOKEN_EXPIRED = ERROR_CODES.AuthenticationTokenExpired.code

const expired = (r: RowResult) =>
  !r.ok && r.errors.some((e) => e.code === TOKEN_EXPIRED)

/**
 * After a batched write, sends again only the rows the service refused with 109 (token
 * expired: nothing was done for them), once, with a refreshed token. Rows that went through
 * are never sent twice. When the refresh fails and no row went through, the whole request
 * fails with SessionExpiredError so the browser signs in again.
 */
export async function resendExpiredRows<Row, R extends RowResult>(
  rows: Row[],
  results: R[],
  refreshedClient: () => Promise<ClientLinksClient | null>,
  send: (client: ClientLinksClient, rows: Row[]) => Promise<R[]>,
): Promise<R[]> {
  const indexes = results.flatMap((r, i) => (expired(r) ? [i] : []))
  if (indexes.length === 0) return results
  const client = await refreshedClient()
  if (!client) {
    if (results.every((r) => !r.ok)) {
      const first = results[indexes[0] ?? 0]
      const trackingId =
        first && !first.ok ? (first.errors[0]?.trackingId ?? null) : null
      throw new SessionExpiredError(trackingId)
    }
    return results
  }
  const again = await send(
    client,
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
 * A reader that, on an expired token, refreshes it once and reads again: a read changes
 * nothing, so only the read is repeated, never the write around it.
 */
export function rereadOnExpiry(
  client: Reader,
  refreshedClient: () => Promise<Reader | null>,
): Reader {
  return {
    searchClientLinks: async (...args) => {
      try {
        return await client.searchClientLinks(...args)
      } catch (e) {
        if (!isTokenExpired(e)) throw e
        const next = await refreshedClient()
        // No new token: the 109 goes up, and the write wrapper answers session_expired.
        if (!next) throw e
        return next.searchClientLinks(...args)
      }
    },
  }
}
