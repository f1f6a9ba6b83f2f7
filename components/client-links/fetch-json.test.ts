import { afterEach, describe, expect, it, vi } from "vitest"
import { z } from "zod"

import { ApiRequestError, fetchJson } from "./fetch-json"

const schema = z.object({ n: z.number() })
const loadSchema = () => Promise.resolve(schema)

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.resolve(Response.json(body, { status }))),
  )
}

afterEach(() => vi.unstubAllGlobals())

describe("fetchJson", () => {
  it("parses a success with the schema it loads", async () => {
    answer(200, { n: 1 })
    await expect(fetchJson("/api/x", loadSchema)).resolves.toEqual({ n: 1 })
  })

  it("rejects a success the schema refuses", async () => {
    answer(200, { n: "1" })
    await expect(fetchJson("/api/x", loadSchema)).rejects.toThrow(z.ZodError)
  })

  it("turns our error body into an ApiRequestError with its code and TrackingId", async () => {
    answer(429, {
      error: { code: "throttled", message: "Slow down.", trackingId: "t-1" },
    })
    const error = await fetchJson("/api/x", loadSchema).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect(error).toMatchObject({
      message: "Slow down.",
      status: 429,
      code: "throttled",
      trackingId: "t-1",
    })
  })

  it("names the status when the error body is not ours", async () => {
    answer(502, "<html>Bad gateway</html>")
    await expect(fetchJson("/api/x", loadSchema)).rejects.toMatchObject({
      message: "The server answered HTTP 502.",
      code: "http",
    })
  })

  it("reports a network failure, not the schema's loading", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("fetch failed"))),
    )
    const failedLoad = () => Promise.reject(new Error("chunk failed"))
    await expect(fetchJson("/api/x", failedLoad)).rejects.toMatchObject({
      status: 0,
      code: "network",
    })
  })
})
