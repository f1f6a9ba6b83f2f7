import { createHash } from "node:crypto"

/**
 * PKCE (RFC 7636), as the Microsoft identity platform applies it: a code requested with a
 * `code_challenge` is redeemed only with the matching `code_verifier`; a verifier for a
 * code that had no challenge is refused too.
 */
export interface Pkce {
  challenge: string
  method: "S256" | "plain"
}

/** The challenge from authorize parameters: null when absent, "invalid" when malformed. */
export function readChallenge(q: URLSearchParams): Pkce | null | "invalid" {
  const challenge = q.get("code_challenge")
  const method = q.get("code_challenge_method") ?? "plain"
  if (!challenge) return q.has("code_challenge_method") ? "invalid" : null
  if (method !== "S256" && method !== "plain") return "invalid"
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(challenge)) return "invalid"
  return { challenge, method }
}

export function pkceMatches(
  pkce: Pkce | null,
  verifier: string | null,
): boolean {
  if (!pkce) return verifier === null
  if (!verifier) return false
  const derived =
    pkce.method === "S256"
      ? createHash("sha256").update(verifier).digest("base64url")
      : verifier
  return derived === pkce.challenge
}
