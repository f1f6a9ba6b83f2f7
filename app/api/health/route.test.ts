import { afterEach, describe, expect, it, vi } from "vitest"

/** lib/env.server.ts reads the environment at import: each case imports the route afresh. */
async function healthWith(vars: Record<string, string>) {
  vi.resetModules()
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v)
  const { GET } = await import("./route")
  return GET()
}
afterEach(() => vi.unstubAllEnvs())

describe("GET /api/health", () => {
  it("answers 503 naming a missing real-API variable, never a set value", async () => {
    const res = await healthWith({
      MSADS_API_URL: "https://clientcenter.api.bingads.microsoft.com",
      MSADS_CLIENT_ID: "client-id",
      MSADS_CLIENT_SECRET: "",
      MSADS_DEVELOPER_TOKEN: "developer-token-value",
      NEXTAUTH_SECRET: "session-secret-value",
    })
    expect(res.status).toBe(503)
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({
      status: "error",
      error: "configuration",
      variables: ["MSADS_CLIENT_SECRET"],
    })
    expect(text).not.toMatch(/developer-token-value|session-secret-value/)
  })

  it("answers 503 for a production server on the emulator without LINKDESK_DEMO", async () => {
    const res = await healthWith({ NODE_ENV: "production", MSADS_API_URL: "" })
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({
      variables: ["MSADS_API_URL", "LINKDESK_DEMO"],
    })
    const demo = await healthWith({
      NODE_ENV: "production",
      MSADS_API_URL: "",
      LINKDESK_DEMO: "1",
    })
    expect(demo.status).toBe(200)
  })

  it("answers 200 when the configuration is valid", async () => {
    const res = await healthWith({ MSADS_API_URL: "" })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: "ok" })
  })
})
