import { describe, expect, it } from "vitest"

import {
  FAILING,
  MAX_GROWTH,
  memoryVerdict,
  outcomeOf,
  parseMajorGc,
} from "./load-stats"
import type { Sample } from "./load-users"

const sample = (status: number, code: string | null = null): Sample => ({
  kind: "first",
  ms: 1,
  status,
  code,
})

describe("outcomeOf", () => {
  it("tells our own 5xx from an upstream failure we report", () => {
    expect(outcomeOf(sample(500, "internal_error"))).toBe("5xx ours")
    expect(outcomeOf(sample(500, "not-ours"))).toBe("5xx ours")
    expect(outcomeOf(sample(502, "upstream_unavailable"))).toBe("5xx upstream")
    expect(outcomeOf(sample(504, "upstream_timeout"))).toBe("5xx upstream")
  })

  it("lets a throttle passed on as our 429 through, and fails every other refusal", () => {
    expect(outcomeOf(sample(429, "rate_limited"))).toBe(
      "429 throttled upstream",
    )
    expect(FAILING.has(outcomeOf(sample(429, "rate_limited")))).toBe(false)
    for (const s of [
      sample(429, "not-ours"),
      sample(401, "unauthorized"),
      sample(307),
      sample(0, "timeout"),
      sample(0),
      sample(200, "malformed-body"),
    ])
      expect(FAILING.has(outcomeOf(s))).toBe(true)
    expect(FAILING.has(outcomeOf(sample(200)))).toBe(false)
  })
})

describe("parseMajorGc", () => {
  it("reads the heap left by a full collection, and nothing else", () => {
    const full =
      "[4242:0x6d1e000]    29312 ms: Mark-Compact 120.4 (131.0) -> 76.2 (129.5) MB, 41.2 / 0.0 ms  (average mu = 0.9) allocation failure"
    expect(parseMajorGc(full, 7)).toEqual({ pid: 4242, at: 7, mb: 76.2 })
    const reduce =
      "[7:0x1]  5 ms: Mark-Compact (reduce) 10.0 (12.0) -> 8.5 (11.0) MB, 1 / 0 ms"
    expect(parseMajorGc(reduce, 0)?.mb).toBe(8.5)
    const young =
      "[4242:0x6d1e000]       53 ms: Scavenge 3.8 (4.0) -> 3.4 (5.0) MB, 3.14 / 0.00 ms"
    expect(parseMajorGc(young, 0)).toBeNull()
    expect(parseMajorGc("▲ Next.js 16.4.6", 0)).toBeNull()
  })
})

describe("memoryVerdict", () => {
  // Probes at seconds -10..0 and 70..80; the run between them is not judged.
  const heap = (after: number[]) => [
    ...[-9, -5, -1].map((at) => ({ at, mb: 100 })),
    { at: 30, mb: 999 },
    ...after.map((mb, i) => ({ at: 71 + i, mb })),
  ]
  const verdict = (after: number[]) =>
    memoryVerdict(heap(after), [-10, 0], [70, 80])

  it("compares the probe after the run with the probe before", () => {
    const top = 100 * MAX_GROWTH
    expect(verdict([top - 1, top, top + 50])).toMatchObject({
      before: 100,
      after: top,
      flat: true,
    })
    expect(verdict([top, top + 1, top + 1]).flat).toBe(false)
  })

  it("is not flat without a full GC in a probe", () => {
    expect(verdict([])).toMatchObject({ after: 0, flat: false })
  })
})
