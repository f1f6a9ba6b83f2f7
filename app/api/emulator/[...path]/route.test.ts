import { afterEach, describe, expect, it, vi } from "vitest"

import { GET, POST } from "./route.emulator"

afterEach(() => vi.unstubAllEnvs())

describe("/api/emulator/[...path]", () => {
  it("hands requests to the emulator under /api/emulator", async () => {
    vi.stubEnv("MSADS_API_URL", "")
    const res = await GET(
      new Request("http://localhost:3000/api/emulator/_emulator/health"),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get("TrackingId")).toBeTruthy()
    const api = await POST(
      new Request(
        "http://localhost:3000/api/emulator/CustomerManagement/v13/ClientLinks",
        { method: "POST", body: "{}" },
      ),
    )
    expect(api.status).toBe(401)
  })

  it("answers 404 for everything when a real API is configured", async () => {
    vi.stubEnv(
      "MSADS_API_URL",
      "https://clientcenter.api.bingads.microsoft.com",
    )
    const res = await GET(
      new Request("http://localhost:3000/api/emulator/_emulator/health"),
    )
    expect(res.status).toBe(404)
  })
})
