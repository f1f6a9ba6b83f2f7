import "server-only"

import { LRUCache } from "lru-cache"
import { z } from "zod"

import { env, tokenUrl } from "@/lib/env.server"

/**
 * Refresh-token exchange with rotation. Each refresh returns a new refresh token and kills
 * the old one, but several requests of one browser may carry the same old cookie at once
 * (parallel API calls), and a page render cannot write the rotated cookie back. So every
 * exchange is remembered by the refresh token it spent: a second request with that token
 * gets the same answer instead of an invalid_grant. In-process (one Node server); kept on
 * globalThis because proxy.ts and the route handlers are separate bundles of one process.
 */

export interface UpstreamTokens {
  accessToken: string
  refreshToken: string
  /** Epoch ms. */
  accessTokenExpires: number
}

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000
const KEEP_MS = 10 * 60_000
const MAX_ENTRIES = 1000

export class RefreshError extends Error {
  override name = "RefreshError"
  constructor(
    message: string,
    /** True for invalid_grant and other definite refusals: signing in again is the only way. */
    readonly permanent: boolean,
  ) {
    super(message)
  }
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive(),
})
const tokenErrorSchema = z.object({ error: z.string() })

interface Entry {
  result: Promise<UpstreamTokens>
  settled?: UpstreamTokens
}
const store = globalThis as typeof globalThis & {
  __linkdeskRefreshes?: LRUCache<string, Entry>
}
// Each exchange is kept KEEP_MS from when it started (on Date.now, as the tokens' expiry).
const exchanges = (store.__linkdeskRefreshes ??= new LRUCache<string, Entry>({
  max: MAX_ENTRIES,
  ttl: KEEP_MS,
  perf: { now: () => Date.now() },
  // Read the clock on every lookup (lru-cache's default reuses a reading for 1 ms).
  ttlResolution: 0,
}))

async function requestTokens(refreshToken: string): Promise<UpstreamTokens> {
  let res: Response
  try {
    res = await fetch(tokenUrl(), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: env.clientId,
        client_secret: env.clientSecret,
        scope: `openid profile email offline_access ${env.scope}`,
      }),
      signal: AbortSignal.timeout(15_000),
      cache: "no-store",
    })
  } catch (e) {
    throw new RefreshError(`token endpoint unreachable: ${String(e)}`, false)
  }
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const error = tokenErrorSchema.safeParse(body).data?.error ?? "unknown"
    const permanent = res.status >= 400 && res.status < 500
    throw new RefreshError(`refresh failed: ${res.status} ${error}`, permanent)
  }
  const parsed = tokenResponseSchema.safeParse(body)
  if (!parsed.success)
    throw new RefreshError("token endpoint answered malformed JSON", false)
  return {
    accessToken: parsed.data.access_token,
    // Keep the old refresh token when the authority does not rotate it.
    refreshToken: parsed.data.refresh_token ?? refreshToken,
    accessTokenExpires: Date.now() + parsed.data.expires_in * 1000,
  }
}

/** Spends `refreshToken` once; concurrent and later callers with it share the answer. */
export function exchangeRefreshToken(
  refreshToken: string,
): Promise<UpstreamTokens> {
  const known = exchanges.get(refreshToken)
  if (known) return known.result
  const entry: Entry = { result: requestTokens(refreshToken) }
  entry.result.then(
    (tokens) => (entry.settled = tokens),
    (e: unknown) => {
      // A passing failure may be retried with the same token; a refusal is final.
      if (!(e instanceof RefreshError && e.permanent))
        exchanges.delete(refreshToken)
    },
  )
  exchanges.set(refreshToken, entry)
  return entry.result
}

/** The newest tokens this process knows for a cookie's tokens (someone may have refreshed them). */
function newest(tokens: UpstreamTokens): UpstreamTokens {
  let current = tokens
  for (let i = 0; i < 10; i++) {
    const next = exchanges.get(current.refreshToken)?.settled
    if (!next) break
    current = next
  }
  return current
}

export const needsRefresh = (t: UpstreamTokens, now = Date.now()) =>
  t.accessTokenExpires - REFRESH_MARGIN_MS <= now

/**
 * Tokens good for at least REFRESH_MARGIN_MS. With `rejected` (an access token the API
 * refused with code 109), a token equal to it is refreshed whatever the clock says.
 */
export async function freshTokens(
  tokens: UpstreamTokens,
  rejected?: string,
): Promise<UpstreamTokens> {
  const current = newest(tokens)
  if (!needsRefresh(current) && current.accessToken !== rejected) return current
  return exchangeRefreshToken(current.refreshToken)
}
