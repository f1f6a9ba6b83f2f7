import "server-only"

import { LRUCache } from "lru-cache"
import type { JWT } from "next-auth/jwt"

/**
 * Session cookies already decrypted, by their exact value. Decrypting one (a key derivation
 * and AES-GCM) costs more than the rest of a grid request, and a value that decrypted once
 * decrypts to the same payload until it expires: a hit only checks the expiry again, as jose
 * does (15 s tolerance). A tampered, rotated or re-encoded cookie is another value, so it is
 * decrypted (and verified) in full. Bounded (lru-cache): the least recently used value goes
 * first.
 */
export const DECODED_TOKENS_MAX = 1000
/** jose's `clockTolerance` in next-auth's decode. */
const CLOCK_TOLERANCE_S = 15

const tokens = new LRUCache<string, JWT>({ max: DECODED_TOKENS_MAX })

const alive = (token: JWT, now: number) =>
  typeof token.exp === "number" && token.exp > now / 1000 - CLOCK_TOLERANCE_S

/** The payload `value` decrypted to before, unless it has expired since. */
export function cachedToken(value: string, now = Date.now()): JWT | null {
  const token = tokens.get(value)
  if (!token) return null
  if (alive(token, now)) return token
  tokens.delete(value)
  return null
}

/** Shared between requests, so frozen: a caller that edits it throws instead. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/** Remembers a payload decrypted from `value`; one without an expiry is not kept. */
export function rememberToken(value: string, token: JWT, now = Date.now()) {
  if (!alive(token, now)) return token
  tokens.set(value, deepFreeze(token))
  return token
}
