import { describe, expect, it } from "vitest"

import {
  anyString,
  apiRequest,
  CLIENT,
  authorizeUrl,
  CM,
  getCode,
  REDIRECT,
  signIn,
  testEmulator,
  tokenRequest,
  type TokenBody,
} from "./harness.test-support"

const getUser = (token: string) =>
  apiRequest(`${CM}/User/Query`, { UserId: null }, token)
const errorCode = async (res: Response) =>
  ((await res.json()) as { Errors: { Code: number }[] }).Errors[0]?.Code

describe("token", () => {
  it("accepts the client id from HTTP Basic authentication (client_secret_basic)", async () => {
    const { emulator } = testEmulator()
    const code = await getCode(emulator, "admin@contoso.example")
    const res = await emulator.handle(
      new Request("http://emulator.test/oauth2/v2.0/token", {
        method: "POST",
        headers: {
          Authorization: `Basic ${Buffer.from(`${CLIENT}:secret`).toString("base64")}`,
        },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code,
          redirect_uri: REDIRECT,
        }),
      }),
    )
    expect(res.status).toBe(200)
    const none = await emulator.handle(
      new Request("http://emulator.test/oauth2/v2.0/token", {
        method: "POST",
        body: "grant_type=refresh_token",
      }),
    )
    expect(await none.json()).toMatchObject({ error: "invalid_request" })
  })

  it("exchanges a code for a Bearer token pair that works on the API", async () => {
    const { emulator } = testEmulator()
    const t = await signIn(emulator)
    expect(t).toMatchObject({
      scope: "https://ads.microsoft.com/msads.manage",
      token_type: "Bearer",
      expires_in: 3600,
      ext_expires_in: 3600,
    })
    expect(t).not.toHaveProperty("id_token")
    expect(t.refresh_token).toBeTruthy()
    const res = await emulator.handle(getUser(t.access_token))
    expect(res.status).toBe(200)
  })

  it("honours a code once only", async () => {
    const { emulator } = testEmulator()
    const code = await getCode(emulator, "admin@contoso.example")
    const form = {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
    }
    expect((await emulator.handle(tokenRequest(form))).status).toBe(200)
    const again = await emulator.handle(tokenRequest(form))
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ error: "invalid_grant" })
  })

  it("refuses a code whose redirect_uri or client differs, or that is older than 10 minutes", async () => {
    const { emulator } = testEmulator()
    const mismatch = await emulator.handle(
      tokenRequest({
        grant_type: "authorization_code",
        code: await getCode(emulator, "admin@contoso.example"),
        redirect_uri: "http://evil.test/cb",
      }),
    )
    expect(await mismatch.json()).toMatchObject({ error: "invalid_grant" })
    const otherClient = await emulator.handle(
      tokenRequest({
        grant_type: "authorization_code",
        code: await getCode(emulator, "admin@contoso.example"),
        redirect_uri: REDIRECT,
        client_id: "someone-else",
      }),
    )
    expect(await otherClient.json()).toMatchObject({ error: "invalid_grant" })
    const code = await getCode(emulator, "admin@contoso.example")
    emulator.state.clock.advance(601)
    const late = await emulator.handle(
      tokenRequest({
        grant_type: "authorization_code",
        code,
        redirect_uri: REDIRECT,
      }),
    )
    expect(await late.json()).toMatchObject({ error: "invalid_grant" })
  })

  it("rotates refresh tokens: each refresh returns a new one and the old one is spent", async () => {
    const { emulator } = testEmulator()
    const first = await signIn(emulator)
    const refresh = (rt: string) =>
      emulator.handle(
        tokenRequest({ grant_type: "refresh_token", refresh_token: rt }),
      )
    const r1 = await refresh(first.refresh_token ?? "")
    expect(r1.status).toBe(200)
    const second = (await r1.json()) as TokenBody
    expect(second.refresh_token).toBeTruthy()
    expect(second.refresh_token).not.toBe(first.refresh_token)
    expect(second.access_token).not.toBe(first.access_token)
    const reuse = await refresh(first.refresh_token ?? "")
    expect(reuse.status).toBe(400)
    expect(await reuse.json()).toMatchObject({
      error: "invalid_grant",
      error_description: anyString,
    })
    expect((await refresh(second.refresh_token ?? "")).status).toBe(200)
  })

  it("issues no refresh token without offline_access, and rejects unknown grant types", async () => {
    const { emulator } = testEmulator()
    const res = await emulator.handle(
      new Request(
        authorizeUrl({
          login_hint: "admin@contoso.example",
          scope: "https://ads.microsoft.com/msads.manage",
        }),
      ),
    )
    const code =
      new URL(res.headers.get("Location") ?? "").searchParams.get("code") ?? ""
    const t = (await (
      await emulator.handle(
        tokenRequest({
          grant_type: "authorization_code",
          code,
          redirect_uri: REDIRECT,
        }),
      )
    ).json()) as TokenBody
    expect(t.access_token).toBeTruthy()
    expect(t).not.toHaveProperty("refresh_token")
    const bad = await emulator.handle(tokenRequest({ grant_type: "password" }))
    expect(await bad.json()).toMatchObject({ error: "unsupported_grant_type" })
  })

  it("revokes every token of a persona: API 105 and refresh invalid_grant", async () => {
    const { emulator } = testEmulator()
    const t = await signIn(emulator, "viewer@contoso.example")
    const other = await signIn(emulator, "admin@contoso.example")
    const revoke = await emulator.handle(
      new Request("http://emulator.test/_emulator/revoke", {
        method: "POST",
        body: JSON.stringify({ email: "viewer@contoso.example" }),
      }),
    )
    expect(await revoke.json()).toMatchObject({ revoked: 2 })
    const api = await emulator.handle(getUser(t.access_token))
    expect(api.status).toBe(401)
    expect(await errorCode(api)).toBe(105)
    const refresh = await emulator.handle(
      tokenRequest({
        grant_type: "refresh_token",
        refresh_token: t.refresh_token ?? "",
      }),
    )
    expect(await refresh.json()).toMatchObject({ error: "invalid_grant" })
    expect((await emulator.handle(getUser(other.access_token))).status).toBe(
      200,
    )
  })

  it("expires access tokens by the emulator clock (109), and a refresh brings a working one", async () => {
    const { emulator } = testEmulator({ accessTokenTtlSeconds: 60 })
    const t = await signIn(emulator)
    emulator.state.clock.advance(59)
    expect((await emulator.handle(getUser(t.access_token))).status).toBe(200)
    emulator.state.clock.advance(1)
    const expired = await emulator.handle(getUser(t.access_token))
    expect(expired.status).toBe(401)
    expect(await errorCode(expired)).toBe(109)
    const fresh = (await (
      await emulator.handle(
        tokenRequest({
          grant_type: "refresh_token",
          refresh_token: t.refresh_token ?? "",
        }),
      )
    ).json()) as TokenBody
    expect((await emulator.handle(getUser(fresh.access_token))).status).toBe(
      200,
    )
  })
})
