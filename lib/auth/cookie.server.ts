import "server-only"

import { decode, encode, type JWT } from "next-auth/jwt"

import { env, envError } from "@/lib/env.server"

import { cachedToken, rememberToken } from "./decoded-tokens.server"

/**
 * The next-auth session cookie, read and written outside next-auth (route handlers, the
 * proxy) with next-auth's own name, options and chunking, so both sides stay in step.
 */

/** next-auth's default session lifetime (30 days). */
export const SESSION_MAX_AGE = 30 * 24 * 60 * 60
/**
 * Read when the module loads (the proxy loads it for every request): with a configuration
 * error it must not throw, or even /api/health would answer 500 instead of its 503.
 */
export const useSecureCookies =
  !envError && env.nextAuthUrl.startsWith("https://")
export const sessionCookieName = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`
/** next-auth's OAuth state cookie (core/lib/cookie.js), set when a sign-in starts. */
export const stateCookieName = `${useSecureCookies ? "__Secure-" : ""}next-auth.state`

/** Same limits as next-auth's SessionStore (core/lib/cookie.js). */
const COOKIE_PIECE_BYTES = 4096 - 163

export function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=")
    if (eq < 1) continue
    const name = part.slice(0, eq).trim()
    const raw = part.slice(eq + 1).trim()
    try {
      cookies.set(name, decodeURIComponent(raw))
    } catch {
      cookies.set(name, raw)
    }
  }
  return cookies
}

const chunkIndex = (name: string) =>
  name === sessionCookieName
    ? 0
    : Number(name.slice(sessionCookieName.length + 1))

/** Names of the session cookie and its chunks (`name.0`, `name.1`, …) present in a Cookie header. */
export function sessionCookieNames(cookies: Map<string, string>): string[] {
  return [...cookies.keys()]
    .filter(
      (n) =>
        n === sessionCookieName ||
        (n.startsWith(`${sessionCookieName}.`) && !isNaN(chunkIndex(n))),
    )
    .sort((a, b) => chunkIndex(a) - chunkIndex(b))
}

export async function readSessionToken(
  cookieHeader: string | null,
): Promise<JWT | null> {
  const cookies = parseCookies(cookieHeader)
  const value = sessionCookieNames(cookies)
    .map((n) => cookies.get(n))
    .join("")
  if (!value) return null
  const cached = cachedToken(value)
  if (cached) return cached
  try {
    const token = await decode({ token: value, secret: env.nextAuthSecret })
    return token && rememberToken(value, token)
  } catch {
    return null
  }
}

export interface CookieWrite {
  name: string
  value: string
  /** Seconds; 0 deletes the cookie. */
  maxAge: number
}

/** The options next-auth gives its session cookie. */
export const sessionCookieOptions = (maxAge: number) => ({
  path: "/",
  httpOnly: true,
  sameSite: "lax" as const,
  secure: useSecureCookies,
  maxAge,
  expires: new Date(Date.now() + maxAge * 1000),
})

export function toSetCookie({ name, value, maxAge }: CookieWrite): string {
  const parts = [
    `${name}=${value}`,
    "Path=/",
    `Expires=${new Date(Date.now() + maxAge * 1000).toUTCString()}`,
    `Max-Age=${maxAge}`,
    "HttpOnly",
    "SameSite=Lax",
  ]
  if (useSecureCookies) parts.push("Secure")
  return parts.join("; ")
}

/**
 * Writes for a re-encoded session token: the new cookie (chunked when large) plus
 * deleting every old chunk the browser sent that the new value does not overwrite.
 */
export async function sessionCookieWrites(
  token: JWT,
  previousNames: string[] = [],
): Promise<CookieWrite[]> {
  const value = await encode({
    token,
    secret: env.nextAuthSecret,
    maxAge: SESSION_MAX_AGE,
  })
  const count = Math.ceil(value.length / COOKIE_PIECE_BYTES)
  const fresh: CookieWrite[] =
    count <= 1
      ? [{ name: sessionCookieName, value, maxAge: SESSION_MAX_AGE }]
      : Array.from({ length: count }, (_, i) => ({
          name: `${sessionCookieName}.${i}`,
          value: value.slice(
            i * COOKIE_PIECE_BYTES,
            (i + 1) * COOKIE_PIECE_BYTES,
          ),
          maxAge: SESSION_MAX_AGE,
        }))
  const written = new Set(fresh.map((c) => c.name))
  const stale = previousNames
    .filter((n) => !written.has(n))
    .map((name) => ({ name, value: "", maxAge: 0 }))
  return [...fresh, ...stale]
}
