import { describe, expect, it } from "vitest"

import { certainlyNotSent, parseRetryAfter } from "./upstream-error"
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  retryDelay,
  shouldRetry,
  ThrottleGate,
} from "./retry"
import { throttled, upstream } from "./fakes.test-support"

describe("shouldRetry: writes only when certainly not applied, reads also after 5xx/timeout/network", () => {
  const fault = (status: number) => upstream({ kind: "fault", status })
  it.each([
    ["429 / 117", throttled(), true, true],
    [
      "connection refused",
      upstream({ kind: "network", mayHaveReachedServer: false }),
      true,
      true,
    ],
    ["dropped connection", upstream({ kind: "network" }), false, true],
    ["timeout", upstream({ kind: "timeout" }), false, true],
    ["500 fault", fault(500), false, true],
    ["503 http", upstream({ kind: "http", status: 503 }), false, true],
    ["400 fault", fault(400), false, false],
    ["401 fault", fault(401), false, false],
    ["404 http", upstream({ kind: "http", status: 404 }), false, false],
    [
      "malformed 200",
      upstream({ kind: "malformed", status: 200 }),
      false,
      false,
    ],
    ["aborted by the caller", upstream({ kind: "aborted" }), false, false],
  ])("%s: write %s, read %s", (_, error, write, read) => {
    expect(shouldRetry(error, "write")).toBe(write)
    expect(shouldRetry(error, "read")).toBe(read)
  })
})

describe("delays", () => {
  const policy = {
    ...DEFAULT_RETRY_POLICY,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
  }
  it("doubles per attempt, half fixed and half jitter, capped", () => {
    expect(
      [1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, policy, () => 0)),
    ).toEqual([50, 100, 200, 400, 500, 500])
    expect(
      [1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, policy, () => 1)),
    ).toEqual([100, 200, 400, 800, 1_000, 1_000])
  })

  it("prefers Retry-After for throttling, capped by maxRetryAfterMs", () => {
    expect(retryDelay(throttled(60_000), 1, policy, () => 0)).toBe(60_000)
    expect(retryDelay(throttled(600_000), 1, policy, () => 0)).toBe(120_000)
    expect(retryDelay(throttled(null), 2, policy, () => 0)).toBe(100)
  })

  it("parses Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-11-22T12:00:00Z")
    expect(parseRetryAfter("60", now)).toBe(60_000)
    expect(parseRetryAfter(" 0 ", now)).toBe(0)
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:00:30 GMT", now)).toBe(30_000)
    expect(parseRetryAfter("Sun, 22 Nov 2026 11:00:00 GMT", now)).toBe(0)
    expect(parseRetryAfter("soon", now)).toBeNull()
    expect(parseRetryAfter(null, now)).toBeNull()
    expect(parseRetryAfter("", now)).toBeNull()
  })
})

describe("certainlyNotSent", () => {
  const sys = (code: string) => Object.assign(new Error(code), { code })
  it("is true only when every nested failure is a connect-time one", () => {
    expect(
      certainlyNotSent(
        new TypeError("fetch failed", { cause: sys("ENOTFOUND") }),
      ),
    ).toBe(true)
    expect(
      certainlyNotSent(
        new TypeError("x", {
          cause: new AggregateError([sys("ECONNREFUSED"), sys("ECONNRESET")]),
        }),
      ),
    ).toBe(false)
    expect(
      certainlyNotSent(new TypeError("x", { cause: sys("ECONNRESET") })),
    ).toBe(false)
    expect(certainlyNotSent(new TypeError("x"))).toBe(false)
    expect(certainlyNotSent("text")).toBe(false)
  })
})

describe("ThrottleGate", () => {
  it("holds every waiter until the longest pause asked for has passed", async () => {
    const releases: (() => void)[] = []
    const gate = new ThrottleGate(
      () => new Promise<void>((r) => releases.push(r)),
    )
    await gate.pass()
    gate.close(1_000)
    let passed = false
    const waiter = gate.pass().then(() => (passed = true))
    gate.close(5_000)
    releases[0]?.()
    await new Promise((r) => setImmediate(r))
    expect(passed).toBe(false)
    releases[1]?.()
    await waiter
    expect(passed).toBe(true)
  })
})
