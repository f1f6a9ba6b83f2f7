import { afterEach, describe, expect, it, vi } from "vitest"

import { exchangeRefreshToken } from "./refresh.server"

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const tokens = (n: number) =>
  Response.json({
    access_token: `access-${n}`,
    refresh_token: `refresh-${n}`,
    expires_in: 3600,
  })

describe("exchangeRefreshToken", () => {
  it("spends a refresh token once, shares the answer for 10 minutes, then forgets it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    let calls = 0
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(tokens(++calls))),
    )
    const [a, b] = await Promise.all([
      exchangeRefreshToken("spent-once"),
      exchangeRefreshToken("spent-once"),
    ])
    expect(b).toBe(a)
    vi.setSystemTime(Date.now() + 10 * 60_000 - 1_000)
    expect(await exchangeRefreshToken("spent-once")).toBe(a)
    expect(calls).toBe(1)
    vi.setSystemTime(Date.now() + 2_000)
    expect((await exchangeRefreshToken("spent-once")).accessToken).toBe(
      "access-2",
    )
  })
})
