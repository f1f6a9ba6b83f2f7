import { describe, expect, it, vi } from "vitest"

import { loadOnIntent } from "./load-on-intent"

describe("loadOnIntent", () => {
  it("loads once, however many intents", async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }))
    const lazy = loadOnIntent(load)
    const [a, b] = await Promise.all([lazy.start(), lazy.start()])
    await lazy.start()
    expect(load).toHaveBeenCalledTimes(1)
    expect(a).toBe(b)
  })

  it("reports a failed load and tries again at the next intent", async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("chunk failed"))
      .mockResolvedValueOnce("menu")
    const lazy = loadOnIntent(load)
    await expect(lazy.start()).rejects.toThrow("chunk failed")
    await expect(lazy.start()).resolves.toBe("menu")
    expect(load).toHaveBeenCalledTimes(2)
  })
})
