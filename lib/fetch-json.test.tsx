import { afterEach, describe, expect, it, vi } from "vitest"
import { z } from "zod"

import {
  ApiRequestError,
  fetchJson,
  NO_ANSWER_MESSAGE,
  requestFailureMessage,
} from "./fetch-json"

// Runs in happy-dom: the wrapper is browser code, so it is tested with the browser's globals.

const schema = z.object({ n: z.number() })
const loadSchema = () => Promise.resolve(schema)

function answer(status: number, body: unknown, headers: HeadersInit = {}) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { "Content-Type": "application/json", ...headers },
        }),
      ),
    ),
  )
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a failure")
    },
    (e: unknown) => e,
  )

afterEach(() => vi.unstubAllGlobals())

describe("fetchJson", () => {
  it("runs in a DOM environment", () => {
    expect(typeof window.document.createElement).toBe("function")
  })

  it("parses a success with the schema it loads", async () => {
    answer(200, { n: 1 })
    await expect(fetchJson("/api/x", loadSchema)).resolves.toEqual({ n: 1 })
  })

  it("rejects a success the schema refuses", async () => {
    answer(200, { n: "1" })
    await expect(fetchJson("/api/x", loadSchema)).rejects.toThrow(z.ZodError)
  })

  it("turns our error body into a route failure with code, TrackingId and Retry-After", async () => {
    answer(
      429,
      {
        error: { code: "throttled", message: "Slow down.", trackingId: "t-1" },
      },
      { "Retry-After": "12" },
    )
    const error = await failure(fetchJson("/api/x", loadSchema))
    expect(error).toBeInstanceOf(ApiRequestError)
    expect(error).toMatchObject({
      kind: "route",
      message: "Slow down.",
      status: 429,
      code: "throttled",
      trackingId: "t-1",
      retryAfterS: 12,
    })
    expect(requestFailureMessage(error as ApiRequestError)).toBe(
      "Too many requests, try again in 12 s.",
    )
  })

  it("keeps field problems of a refused request", async () => {
    answer(400, {
      error: {
        code: "invalid",
        message: "Bad.",
        fields: { "links.0.Name": "Too long." },
      },
    })
    await expect(fetchJson("/api/x", loadSchema)).rejects.toMatchObject({
      fields: { "links.0.Name": "Too long." },
    })
  })

  it("names the status when the error body is not ours", async () => {
    answer(502, "<html>Bad gateway</html>")
    const error = (await failure(
      fetchJson("/api/x", loadSchema),
    )) as ApiRequestError
    expect(error).toMatchObject({ kind: "route", status: 502, code: null })
    expect(requestFailureMessage(error)).toBe(
      "The Linkdesk server had a problem (HTTP 502). Try again in a minute.",
    )
  })

  it("says the sign-in expired for our 401", async () => {
    answer(401, { error: { code: "unauthorized", message: "Sign in." } })
    const error = (await failure(
      fetchJson("/api/x", loadSchema),
    )) as ApiRequestError
    expect(requestFailureMessage(error)).toMatch(/^Your sign-in expired/)
  })

  it("reports a network failure as no answer, not the schema's loading", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("fetch failed"))),
    )
    const failedLoad = () => Promise.reject(new Error("chunk failed"))
    const error = (await failure(
      fetchJson("/api/x", failedLoad),
    )) as ApiRequestError
    expect(error).toMatchObject({ kind: "network", status: null, code: null })
    expect(requestFailureMessage(error)).toBe(NO_ANSWER_MESSAGE)
  })

  it("lets the caller's own abort through untouched", async () => {
    const controller = new AbortController()
    controller.abort()
    const abort = new DOMException("aborted", "AbortError")
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(abort)),
    )
    await expect(
      fetchJson("/api/x", loadSchema, { signal: controller.signal }),
    ).rejects.toBe(abort)
  })
})
