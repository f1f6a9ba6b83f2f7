import { describe, expect, it } from "vitest"

import {
  DEFAULT_AUTH_URL,
  DEFAULT_SCOPE,
  EMULATOR_DEVELOPER_TOKEN,
  EMULATOR_NEXTAUTH_SECRET,
  EnvError,
  parseEnv,
} from "@/lib/env.server"

const real = {
  MSADS_API_URL: "https://clientcenter.api.bingads.microsoft.com/",
  MSADS_CLIENT_ID: "client-id",
  MSADS_CLIENT_SECRET: "client-secret",
  MSADS_DEVELOPER_TOKEN: "dev-token",
  NEXTAUTH_SECRET: "a-long-random-secret",
  NEXTAUTH_URL: "https://linkdesk.example.com",
}

describe("parseEnv", () => {
  it("runs on the built-in emulator with no configuration", () => {
    const env = parseEnv({})
    expect(env).toMatchObject({
      mode: "emulator",
      apiUrl: "http://127.0.0.1:3000/api/emulator",
      authUrl: "http://localhost:3000/api/emulator",
      tokenAuthUrl: "http://127.0.0.1:3000/api/emulator",
      emulatorUrl: "http://127.0.0.1:3000/api/emulator",
      developerToken: EMULATOR_DEVELOPER_TOKEN,
      nextAuthSecret: EMULATOR_NEXTAUTH_SECRET,
      nextAuthUrl: "http://localhost:3000",
      scope: DEFAULT_SCOPE,
    })
  })

  it("follows PORT and NEXTAUTH_URL in emulator mode", () => {
    const env = parseEnv({
      PORT: "3201",
      NEXTAUTH_URL: "http://127.0.0.1:3201/",
    })
    expect(env.apiUrl).toBe("http://127.0.0.1:3201/api/emulator")
    expect(env.authUrl).toBe("http://127.0.0.1:3201/api/emulator")
    expect(env.nextAuthUrl).toBe("http://127.0.0.1:3201")
  })

  it("uses a standalone emulator named by MSADS_AUTH_URL for sign-in and the API", () => {
    const env = parseEnv({ MSADS_AUTH_URL: "http://127.0.0.1:4010" })
    expect(env.mode).toBe("emulator")
    expect(env.authUrl).toBe("http://127.0.0.1:4010")
    expect(env.apiUrl).toBe("http://127.0.0.1:4010")
  })

  it("reads the real API settings and defaults the authority and scope", () => {
    const env = parseEnv(real)
    expect(env).toEqual({
      mode: "api",
      apiUrl: "https://clientcenter.api.bingads.microsoft.com",
      authUrl: DEFAULT_AUTH_URL,
      tokenAuthUrl: DEFAULT_AUTH_URL,
      emulatorUrl: null,
      clientId: "client-id",
      clientSecret: "client-secret",
      developerToken: "dev-token",
      scope: DEFAULT_SCOPE,
      nextAuthUrl: "https://linkdesk.example.com",
      nextAuthSecret: "a-long-random-secret",
      trustProxy: false,
      demo: false,
    })
  })

  it("trusts forwarded headers only when told: LINKDESK_TRUST_PROXY, or on Vercel", () => {
    expect(parseEnv({}).trustProxy).toBe(false)
    expect(parseEnv({ LINKDESK_TRUST_PROXY: "1" }).trustProxy).toBe(true)
    expect(parseEnv({ VERCEL: "1" }).trustProxy).toBe(true)
    expect(
      parseEnv({ VERCEL: "1", LINKDESK_TRUST_PROXY: "0" }).trustProxy,
    ).toBe(false)
  })

  it("names every missing variable in real API mode", () => {
    expect(() =>
      parseEnv({ MSADS_API_URL: real.MSADS_API_URL, MSADS_CLIENT_ID: "x" }),
    ).toThrow(
      "MSADS_CLIENT_SECRET, MSADS_DEVELOPER_TOKEN, NEXTAUTH_SECRET are required",
    )
    expect(() => parseEnv({ ...real, NEXTAUTH_SECRET: "  " })).toThrow(
      "so NEXTAUTH_SECRET is required",
    )
  })

  it("never falls back to the local session secret in real API mode", () => {
    expect(() => parseEnv({ ...real, NEXTAUTH_SECRET: undefined })).toThrow(
      /NEXTAUTH_SECRET/,
    )
  })

  it("rejects malformed URLs, ports and flags by name", () => {
    expect(() => parseEnv({ MSADS_API_URL: "not a url" })).toThrow(
      /MSADS_API_URL/,
    )
    expect(() => parseEnv({ MSADS_AUTH_URL: "ftp://x.example" })).toThrow(
      /MSADS_AUTH_URL/,
    )
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/)
    expect(() => parseEnv({ MSADS_EMULATOR: "yes" })).toThrow(/MSADS_EMULATOR/)
  })

  it("treats an emulator authority as one when MSADS_EMULATOR=1 (e2e)", () => {
    const env = parseEnv({
      ...real,
      MSADS_API_URL: "http://127.0.0.1:4010",
      MSADS_AUTH_URL: "http://127.0.0.1:4010/",
      MSADS_EMULATOR: "1",
    })
    expect(env.mode).toBe("api")
    expect(env.emulatorUrl).toBe("http://127.0.0.1:4010")
    expect(env.authUrl).toBe("http://127.0.0.1:4010")
  })

  it("refuses a production server on the emulator without LINKDESK_DEMO=1, by name", () => {
    const serving = { NODE_ENV: "production" }
    let thrown: unknown
    try {
      parseEnv(serving)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(EnvError)
    expect((thrown as EnvError).variables).toEqual([
      "MSADS_API_URL",
      "LINKDESK_DEMO",
    ])
    expect((thrown as EnvError).message).toContain("LINKDESK_DEMO=1")
    expect(parseEnv({ ...serving, LINKDESK_DEMO: "1" }).demo).toBe(true)
    expect(parseEnv({}).demo).toBe(false)
    // `next build` also runs with NODE_ENV=production: building needs no opt-in.
    expect(
      parseEnv({ ...serving, NEXT_PHASE: "phase-production-build" }).demo,
    ).toBe(false)
    expect(parseEnv({ ...real, ...serving }).demo).toBe(false)
  })

  it("refuses a demo on a build made without the emulator, unless a standalone one serves", () => {
    const demo = {
      NODE_ENV: "production",
      LINKDESK_DEMO: "1",
      LINKDESK_EMULATOR_BUILT: "0",
    }
    expect(() => parseEnv(demo)).toThrow(
      /built at build time|set at build time/,
    )
    expect(() => parseEnv(demo)).toThrow(EnvError)
    expect(
      parseEnv({ ...demo, MSADS_AUTH_URL: "http://127.0.0.1:4010" }).demo,
    ).toBe(true)
    expect(parseEnv({ ...demo, LINKDESK_EMULATOR_BUILT: "1" }).demo).toBe(true)
    // `next dev` and `next build` are not serving a production build.
    expect(parseEnv({ ...demo, NODE_ENV: "development" }).mode).toBe("emulator")
  })

  it("names the variables at fault, never their values", () => {
    let thrown: unknown
    try {
      parseEnv({
        MSADS_API_URL: real.MSADS_API_URL,
        MSADS_CLIENT_ID: "x",
        MSADS_DEVELOPER_TOKEN: "tok-visible-value",
        NEXTAUTH_SECRET: "secret-visible-value",
      })
    } catch (error) {
      thrown = error
    }
    expect((thrown as EnvError).variables).toEqual(["MSADS_CLIENT_SECRET"])
    expect((thrown as EnvError).message).not.toMatch(/visible-value/)
    try {
      parseEnv({ PORT: "secret-port" })
    } catch (error) {
      expect((error as EnvError).variables).toEqual(["PORT"])
      expect((error as EnvError).message).not.toContain("secret-port")
    }
  })
})
