import "server-only"

import type { Account, Profile, Session } from "next-auth"
import type { JWT } from "next-auth/jwt"

import { roleName, type Role } from "@/lib/link-rules/roles"
import type { SessionCustomer } from "@/types/next-auth"

import { detectKind, loadDirectory } from "./directory.server"
import { freshTokens, RefreshError } from "./refresh.server"

/**
 * The session JWT's life: built at sign-in, kept fresh on every read, switched between
 * customers, and cut down to what the browser may see. Used by next-auth's callbacks and
 * by lib/auth/session.server.ts alike, so both read one state.
 */

function withoutTokens(token: JWT): JWT {
  const {
    accessToken: _a,
    refreshToken: _r,
    accessTokenExpires: _e,
    ...rest
  } = token
  return { ...rest, error: "RefreshAccessTokenError" }
}

/** Fills in the selected customer's kind when it is not cached yet. */
async function withKind(token: JWT): Promise<JWT> {
  const id = token.customerId
  if (!id || !token.accessToken || token.kinds?.[id]) return token
  const kind = await detectKind(token.accessToken, id)
  return kind ? { ...token, kinds: { ...token.kinds, [id]: kind } } : token
}

export async function tokenAtSignIn(
  token: JWT,
  account: Account,
  profile: Profile | undefined,
): Promise<JWT> {
  if (!account.access_token)
    throw new Error("The token response had no access_token")
  const directory =
    profile?.directory ?? (await loadDirectory(account.access_token))
  const expiresIn = account.expires_at
    ? account.expires_at * 1000
    : Date.now() + 3600_000
  return withKind({
    name: directory.user.name,
    email: directory.user.email,
    sub: directory.user.id,
    accessToken: account.access_token,
    refreshToken: account.refresh_token,
    accessTokenExpires: expiresIn,
    user: directory.user,
    roles: directory.roles,
    customers: directory.customers,
    customerId: directory.customers[0]?.id,
    kinds: {},
  })
}

/**
 * Refreshes the access token when it is within a minute of expiring (or was `rejected` by
 * the API), then fills in the customer's kind. A failed refresh drops the tokens and marks
 * the session, except a passing failure while the current token still works.
 */
export async function reconcileToken(
  token: JWT,
  rejected?: string,
): Promise<JWT> {
  if (token.error) return token
  const { accessToken, refreshToken, accessTokenExpires } = token
  if (!accessToken || !refreshToken || !accessTokenExpires) {
    // Without a refresh token the session lasts as long as its access token.
    const alive = accessToken && (accessTokenExpires ?? 0) > Date.now()
    return alive ? withKind(token) : withoutTokens(token)
  }
  const current = { accessToken, refreshToken, accessTokenExpires }
  let next: JWT = token
  try {
    const fresh = await freshTokens(current, rejected)
    if (
      fresh.accessToken !== accessToken ||
      fresh.refreshToken !== refreshToken
    )
      next = { ...token, ...fresh }
  } catch (e) {
    const usable =
      e instanceof RefreshError &&
      !e.permanent &&
      !rejected &&
      accessTokenExpires > Date.now()
    if (!usable) console.warn("[auth] refresh failed:", String(e))
    return usable ? token : withoutTokens(token)
  }
  return withKind(next)
}

/** `update({ customerId })`: only to a customer the user holds a role on. */
export async function switchCustomer(token: JWT, data: unknown): Promise<JWT> {
  const customerId =
    typeof data === "object" && data !== null && "customerId" in data
      ? data.customerId
      : undefined
  if (typeof customerId !== "string") return token
  if (!token.roles?.some((r) => r.customerId === customerId)) return token
  if (!token.customers?.some((c) => c.id === customerId)) return token
  return withKind({ ...token, customerId })
}

export function roleOn(token: JWT, customerId: string): Role {
  return roleName(token.roles?.find((r) => r.customerId === customerId)?.roleId)
}

export function selectedCustomer(token: JWT): SessionCustomer | null {
  const ref = token.customers?.find((c) => c.id === token.customerId)
  if (!ref) return null
  return {
    ...ref,
    // Unknown until the heuristic answers; "client" shows the read-mostly views.
    kind: token.kinds?.[ref.id] ?? "client",
    role: roleOn(token, ref.id),
  }
}

/** The session JSON: names, customers and error only, never a token. */
export function sessionFromToken(token: JWT, expires: string): Session {
  return {
    expires,
    user: {
      name: token.user?.name ?? token.name ?? "",
      email: token.user?.email ?? token.email ?? "",
    },
    customer: selectedCustomer(token),
    customers: (token.customers ?? []).map(({ id, name, number }) => ({
      id,
      name,
      number,
    })),
    ...(token.error ? { error: token.error } : {}),
  }
}
