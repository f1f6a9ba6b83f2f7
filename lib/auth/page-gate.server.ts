import "server-only"

import {
  parseCookies,
  readSessionToken,
  sessionCookieNames,
  sessionCookieWrites,
  type CookieWrite,
} from "./cookie.server"
import { reconcileToken } from "./token-state.server"

/**
 * What proxy.ts does for a page visit: a convenience, not the security check (pages and
 * route handlers check the session themselves). Signed out → /signin?callbackUrl=<page>.
 * Signed in → refresh the upstream token when due, so the page renders with a fresh cookie
 * (a server component cannot write one) and the browser gets the rotated cookie back.
 */
export interface PageGate {
  /** Where to send the browser instead, or null to render the page. */
  redirectTo: string | null
  /** Cookies to set on the response. */
  writes: CookieWrite[]
  /** The request's Cookie header with the new session, for the page render; null = unchanged. */
  cookieHeader: string | null
}

const PUBLIC_PAGES = ["/signin"]

export const isPublicPage = (pathname: string) =>
  PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`))

export function signInPath(url: URL): string {
  const back = new URL(url)
  back.searchParams.delete("_rsc")
  const callbackUrl = `${back.pathname}${back.search}`
  return `/signin?${new URLSearchParams({ callbackUrl }).toString()}`
}

function replaceSessionCookies(
  header: string | null,
  writes: CookieWrite[],
): string {
  const cookies = parseCookies(header)
  for (const name of sessionCookieNames(cookies)) cookies.delete(name)
  for (const w of writes) if (w.maxAge > 0) cookies.set(w.name, w.value)
  return [...cookies]
    .map(([n, v]) => `${n}=${encodeURIComponent(v)}`)
    .join("; ")
}

export async function gatePage(
  url: URL,
  cookieHeader: string | null,
): Promise<PageGate> {
  const none: PageGate = { redirectTo: null, writes: [], cookieHeader: null }
  if (isPublicPage(url.pathname)) return none
  const names = sessionCookieNames(parseCookies(cookieHeader))
  const token = await readSessionToken(cookieHeader)
  if (!token) return { ...none, redirectTo: signInPath(url) }

  const next = await reconcileToken(token)
  if (next.error || !next.accessToken) {
    // The refresh failed for good: sign out here, sign in again there.
    const writes = names.map((name) => ({ name, value: "", maxAge: 0 }))
    return { redirectTo: signInPath(url), writes, cookieHeader: null }
  }
  if (next === token) return none
  const writes = await sessionCookieWrites(next, names)
  return {
    redirectTo: null,
    writes,
    cookieHeader: replaceSessionCookies(cookieHeader, writes),
  }
}
