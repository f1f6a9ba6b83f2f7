import type { JWT } from "next-auth/jwt"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"

import {
  startEmulatorServer,
  type EmulatorServer,
} from "@/lib/emulator/node-server"

import type * as CookieModule from "./cookie.server"
import type * as UpstreamModule from "@/lib/ads-api/upstream.server"
import type * as SessionModule from "./session.server"
import type * as TokenStateModule from "./token-state.server"

/**
 * The session module against the emulator over real HTTP: OAuth code → tokens → JWT →
 * cookie → UpstreamSession, refresh with rotation, revoke. lib/env.server.ts reads the
 * environment at import, so the modules are imported after the emulator is up.
 */
let server: EmulatorServer
let auth: typeof TokenStateModule
let session: typeof SessionModule
let cookie: typeof CookieModule
let upstream: typeof UpstreamModule

const ADMIN = "admin@contoso.example"
const REDIRECT = "http://app.test/api/auth/callback/microsoft"

beforeAll(async () => {
  server = await startEmulatorServer({ links: 20, seed: 7 })
  vi.stubEnv("MSADS_API_URL", server.url)
  vi.stubEnv("MSADS_AUTH_URL", server.url)
  vi.stubEnv("MSADS_CLIENT_ID", "unit")
  vi.stubEnv("MSADS_CLIENT_SECRET", "unit-secret")
  vi.stubEnv("MSADS_DEVELOPER_TOKEN", "BBD37VB98")
  vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret")
  vi.stubEnv("NEXTAUTH_URL", "http://app.test")
  vi.resetModules()
  auth = await import("./token-state.server")
  session = await import("./session.server")
  cookie = await import("./cookie.server")
  upstream = await import("@/lib/ads-api/upstream.server")
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await server.close()
})

/** The authorization-code flow as next-auth runs it, with login_hint. */
async function signIn(email: string): Promise<JWT> {
  const authorize = new URL(`${server.url}/oauth2/v2.0/authorize`)
  for (const [k, v] of Object.entries({
    client_id: "unit",
    response_type: "code",
    redirect_uri: REDIRECT,
    scope: "openid offline_access https://ads.microsoft.com/msads.manage",
    state: "s1",
    login_hint: email,
  }))
    authorize.searchParams.set(k, v)
  const res = await fetch(authorize, { redirect: "manual" })
  const code = new URL(res.headers.get("location") ?? "").searchParams.get(
    "code",
  )
  const tokenRes = await fetch(`${server.url}/oauth2/v2.0/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: code ?? "",
      redirect_uri: REDIRECT,
      client_id: "unit",
      client_secret: "unit-secret",
    }),
  })
  const t = (await tokenRes.json()) as {
    access_token: string
    refresh_token: string
    expires_in: number
  }
  return auth.tokenAtSignIn(
    {},
    {
      provider: "microsoft",
      type: "oauth",
      providerAccountId: "x",
      access_token: t.access_token,
      refresh_token: t.refresh_token,
      expires_at: Math.floor(Date.now() / 1000) + t.expires_in,
    },
    undefined,
  )
}

async function requestWith(token: JWT): Promise<Request> {
  const writes = await cookie.sessionCookieWrites(token)
  const header = writes.map((w) => `${w.name}=${w.value}`).join("; ")
  return new Request("http://app.test/api/x", { headers: { cookie: header } })
}

const due = (t: JWT): JWT => ({ ...t, accessTokenExpires: Date.now() })

describe("sign-in token", () => {
  it("holds the user, their customers and the first customer's kind", async () => {
    const token = await signIn(ADMIN)
    expect(token.user).toMatchObject({ email: ADMIN, name: "Adele Vance" })
    expect(token.customers?.map((c) => c.name)).toEqual([
      "Contoso Media",
      "Contoso Media Labs",
    ])
    expect(token.customers?.[0]?.number).toMatch(/^C/)
    expect(auth.selectedCustomer(token)).toMatchObject({
      name: "Contoso Media",
      kind: "agency",
      role: "SuperAdmin",
    })
  })

  it("gives the browser names and customers, never a token", async () => {
    const token = await signIn(ADMIN)
    const json = JSON.stringify(auth.sessionFromToken(token, "2030-01-01"))
    expect(json).not.toContain(token.accessToken)
    expect(json).not.toContain(token.refreshToken)
    expect(json).not.toMatch(/token/i)
  })

  it("switches only to a customer the user holds a role on", async () => {
    const token = await signIn(ADMIN)
    const labs = token.customers?.[1]?.id
    const switched = await auth.switchCustomer(token, { customerId: labs })
    expect(switched.customerId).toBe(labs)
    for (const bad of [{ customerId: "1" }, { customerId: 5 }, null, "x"])
      expect(await auth.switchCustomer(token, bad)).toBe(token)
  })
})

describe("getUpstreamSession", () => {
  it("reads the cookie into a session with the role's permissions", async () => {
    const token = await signIn(ADMIN)
    const s = await session.getUpstreamSession(await requestWith(token))
    expect(s?.accessToken).toBe(token.accessToken)
    expect(s?.customer).toMatchObject({ kind: "agency", role: "SuperAdmin" })
    expect(s?.permissions).toEqual({
      inviteAccountLinks: true,
      inviteCustomerLinks: true,
      respond: true,
      cancelOrUnlink: true,
    })
    const { data } = await upstream.upstreamClient(s!).getUser()
    expect(data.User.UserName).toBe(ADMIN)
  })

  it("is null without a cookie or with a forged one", async () => {
    const forged = new Request("http://app.test/", {
      headers: { cookie: `${cookie.sessionCookieName}=not-a-jwe` },
    })
    expect(await session.getUpstreamSession(forged)).toBeNull()
    expect(
      await session.getUpstreamSession(new Request("http://app.test/")),
    ).toBeNull()
  })
})

describe("refresh", () => {
  it("rotates a due token, and a parallel request with the old cookie gets the same tokens", async () => {
    const token = due(await signIn(ADMIN))
    const [a, b] = await Promise.all([
      auth.reconcileToken(token),
      auth.reconcileToken(token),
    ])
    expect(a.accessToken).not.toBe(token.accessToken)
    expect(a.refreshToken).not.toBe(token.refreshToken)
    expect(b).toMatchObject({
      accessToken: a.accessToken,
      refreshToken: a.refreshToken,
    })
    // Later, the stale cookie still resolves to the rotated tokens, not invalid_grant.
    const late = await auth.reconcileToken(token)
    expect(late.accessToken).toBe(a.accessToken)
    expect(late.error).toBeUndefined()
  })

  it("refreshes a token the API rejected even when our clock says it is valid", async () => {
    const token = await signIn(ADMIN)
    const req = await requestWith(token)
    const r = await session.refreshUpstreamSession(req, {
      accessToken: token.accessToken ?? "",
    })
    expect(r.session?.accessToken).not.toBe(token.accessToken)
    expect(r.setCookie[0]).toMatch(
      new RegExp(
        `^${cookie.sessionCookieName}=.+; Path=/;.*HttpOnly; SameSite=Lax`,
      ),
    )
    const next = await cookie.readSessionToken(r.setCookie[0]!.split(";")[0]!)
    expect(next?.accessToken).toBe(r.session?.accessToken)
  })

  it("drops the tokens and reports the error once the sign-in is revoked", async () => {
    const token = due(await signIn("standard@contoso.example"))
    await fetch(`${server.url}/_emulator/revoke`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "standard@contoso.example" }),
    })
    const next = await auth.reconcileToken(token)
    expect(next.error).toBe("RefreshAccessTokenError")
    expect(next.accessToken).toBeUndefined()
    expect(next.refreshToken).toBeUndefined()
    expect(await session.getUpstreamSession(await requestWith(next))).toBeNull()
  })
})

describe("session cookie", () => {
  it("chunks a large token like next-auth and reads it back", async () => {
    const token: JWT = {
      user: { id: "1", email: "a", name: "b".repeat(9000), phone: null },
    }
    const writes = await cookie.sessionCookieWrites(token, [
      cookie.sessionCookieName,
      `${cookie.sessionCookieName}.7`,
    ])
    const live = writes.filter((w) => w.maxAge > 0)
    expect(live.length).toBeGreaterThan(2)
    expect(live.every((w) => w.value.length <= 4096 - 163)).toBe(true)
    expect(writes.filter((w) => w.maxAge === 0).map((w) => w.name)).toEqual([
      cookie.sessionCookieName,
      `${cookie.sessionCookieName}.7`,
    ])
    const header = live
      .reverse()
      .map((w) => `${w.name}=${w.value}`)
      .join("; ")
    expect((await cookie.readSessionToken(header))?.user?.name).toHaveLength(
      9000,
    )
  })
})
