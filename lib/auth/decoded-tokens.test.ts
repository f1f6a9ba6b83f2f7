import type * as NextAuthJwt from "next-auth/jwt"
import { encode, type JWT } from "next-auth/jwt"
import { afterEach, describe, expect, it, vi } from "vitest"

import { env } from "@/lib/env.server"

import { readSessionToken, sessionCookieName } from "./cookie.server"
import {
  cachedToken,
  DECODED_TOKENS_MAX,
  rememberToken,
} from "./decoded-tokens.server"

const jwt = vi.hoisted(() => ({ decodes: 0 }))
vi.mock("next-auth/jwt", async (original) => {
  const mod = await original<typeof NextAuthJwt>()
  return {
    ...mod,
    decode: (params: Parameters<typeof mod.decode>[0]) => {
      jwt.decodes++
      return mod.decode(params)
    },
  }
})

const cookieFor = async (token: JWT, maxAge = 3600) =>
  `${sessionCookieName}=${await encode({ token, secret: env.nextAuthSecret, maxAge })}`
const token: JWT = {
  sub: "u1",
  accessToken: "at",
  customers: [{ id: "9000", name: "Agency", number: null }],
  customerId: "9000",
}

afterEach(() => {
  vi.useRealTimers()
  jwt.decodes = 0
})

describe("decoded session cookies", () => {
  it("decrypts a cookie once, then serves the same frozen payload", async () => {
    const header = await cookieFor({ ...token, sub: "once" })
    const first = await readSessionToken(header)
    const again = await readSessionToken(header)
    expect(first).toMatchObject({ sub: "once", customerId: "9000" })
    expect(again).toBe(first)
    expect(jwt.decodes).toBe(1)
    expect(Reflect.set(first ?? {}, "customerId", "1234")).toBe(false)
    expect(Reflect.set(first?.customers?.[0] ?? {}, "id", "1234")).toBe(false)
  })

  it("refuses a remembered cookie once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    const header = await cookieFor({ ...token, sub: "expiring" }, 60)
    expect(await readSessionToken(header)).not.toBeNull()
    vi.setSystemTime(Date.now() + 60_000 + 16_000)
    expect(await readSessionToken(header)).toBeNull()
  })

  it("decrypts (and refuses) a tampered copy of a remembered cookie", async () => {
    const header = await cookieFor({ ...token, sub: "tampered" })
    expect(await readSessionToken(header)).not.toBeNull()
    const last = header.at(-2) === "A" ? "B" : "A"
    const tampered = `${header.slice(0, -2)}${last}${header.at(-1)}`
    expect(await readSessionToken(tampered)).toBeNull()
    expect(jwt.decodes).toBe(2)
  })

  it("keeps at most DECODED_TOKENS_MAX, dropping the least recently used", () => {
    const exp = Math.floor(Date.now() / 1000) + 3600
    rememberToken("first", { exp, sub: "first" })
    rememberToken("dropped", { exp, sub: "dropped" })
    for (let i = 0; i < DECODED_TOKENS_MAX - 2; i++)
      rememberToken(`v${i}`, { exp })
    expect(cachedToken("first")?.sub).toBe("first")
    rememberToken("one more", { exp })
    expect(cachedToken("first")?.sub).toBe("first")
    expect(cachedToken("dropped")).toBeNull()
  })

  it("does not keep a payload without an expiry", () => {
    rememberToken("no-exp", { sub: "x" })
    expect(cachedToken("no-exp")).toBeNull()
  })
})
