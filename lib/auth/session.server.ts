import "server-only"

import type { JWT } from "next-auth/jwt"
import { cookies } from "next/headers"

import {
  permissionsFor,
  type Permissions,
  type Role,
} from "@/lib/link-rules/roles"

import {
  parseCookies,
  readSessionToken,
  sessionCookieNames,
  sessionCookieOptions,
  sessionCookieWrites,
  toSetCookie,
  type CookieWrite,
} from "./cookie.server"
import { reconcileToken, selectedCustomer } from "./token-state.server"

export type { Permissions, Role }

/**
 * THE server-side session for route handlers and pages: who is signed in, for which
 * customer, with which rights, and the upstream access token (never serialised to the
 * browser). Reading it refreshes the access token when it is about to expire.
 */
export interface UpstreamSession {
  user: { id: string; email: string; name: string; phone: string | null }
  customer: {
    id: string
    name: string
    number: string | null
    kind: "agency" | "client"
    role: Role
  }
  customers: { id: string; name: string; number: string | null }[]
  /** Server-only, never serialised to the browser. */
  accessToken: string
  permissions: Permissions
}

function toUpstreamSession(token: JWT): UpstreamSession | null {
  const customer = selectedCustomer(token)
  if (token.error || !token.accessToken || !token.user || !customer) return null
  return {
    user: { ...token.user },
    customer,
    customers: (token.customers ?? []).map(({ id, name, number }) => ({
      id,
      name,
      number,
    })),
    accessToken: token.accessToken,
    permissions: permissionsFor(customer.role),
  }
}

/**
 * Writes the cookie through next/headers: works in route handlers and server actions,
 * throws in server components (there the refresh cache in ./refresh covers the gap).
 */
async function persist(writes: CookieWrite[]): Promise<boolean> {
  try {
    const jar = await cookies()
    for (const w of writes)
      jar.set(w.name, w.value, sessionCookieOptions(w.maxAge))
    return true
  } catch {
    return false
  }
}

async function resolve(cookieHeader: string | null, rejected?: string) {
  const token = await readSessionToken(cookieHeader)
  if (!token) return null
  const next = await reconcileToken(token, rejected)
  const writes =
    next === token
      ? []
      : await sessionCookieWrites(
          next,
          sessionCookieNames(parseCookies(cookieHeader)),
        )
  return { session: toUpstreamSession(next), writes }
}

/** null = signed out, or the refresh failed (the route answers 401 session_expired). */
export async function getUpstreamSession(
  req: Request,
): Promise<UpstreamSession | null> {
  const resolved = await resolve(req.headers.get("cookie"))
  if (!resolved) return null
  if (resolved.writes.length) await persist(resolved.writes)
  return resolved.session
}

/** For server components: reads the cookies of the current request. */
export async function getPageSession(): Promise<UpstreamSession | null> {
  const jar = await cookies()
  const header = jar
    .getAll()
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join("; ")
  const resolved = await resolve(header)
  if (!resolved) return null
  if (resolved.writes.length) await persist(resolved.writes)
  return resolved.session
}

export interface RefreshedSession {
  /** null: the refresh failed; sign in again. */
  session: UpstreamSession | null
  /** The re-encoded session cookie (next-auth's name, options and chunks). */
  setCookie: string[]
  /** True when the cookie was already queued via next/headers; otherwise append `setCookie`. */
  persisted: boolean
}

/**
 * After the API refused `session.accessToken` with 109 (expired although our clock said
 * otherwise): refresh now, so the route can retry once and hand the rotated cookie back.
 */
export async function refreshUpstreamSession(
  req: Request,
  session: Pick<UpstreamSession, "accessToken">,
): Promise<RefreshedSession> {
  const resolved = await resolve(req.headers.get("cookie"), session.accessToken)
  if (!resolved) return { session: null, setCookie: [], persisted: false }
  const persisted =
    resolved.writes.length > 0 ? await persist(resolved.writes) : false
  return {
    session: resolved.session,
    setCookie: resolved.writes.map(toSetCookie),
    persisted,
  }
}
