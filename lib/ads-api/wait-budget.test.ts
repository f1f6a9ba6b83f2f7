import { describe, expect, it } from "vitest"

import { isDeferred, ThrottleGate, withRetry } from "./retry"
import { throttled, upstream } from "./fakes.test-support"
import { type Clock, REQUEST_WAIT_BUDGET_MS, WaitBudget } from "./wait-budget"

/** A clock whose pauses pass at once and move time by what they asked for. */
function steppedClock(): Clock & { slept: number[] } {
  let t = 1_000
  const slept: number[] = []
  return {
    now: () => t,
    slept,
    sleep: (ms) => {
      slept.push(ms)
      t += ms
      return Promise.resolve()
    },
  }
}

describe("withRetry within a wait budget", () => {
  it("is well under common proxy limits (60 s)", () => {
    expect(REQUEST_WAIT_BUDGET_MS).toBeLessThanOrEqual(30_000)
  })

  it("waits a Retry-After that fits, then succeeds", async () => {
    const clock = steppedClock()
    let calls = 0
    const r = await withRetry(
      () =>
        ++calls === 1
          ? Promise.reject(throttled(5_000))
          : Promise.resolve("ok"),
      {
        kind: "write",
        operation: "AddClientLinks",
        budget: new WaitBudget(clock),
      },
    )
    expect(r).toBe("ok")
    expect(clock.slept).toEqual([5_000])
  })

  it("does not wait a Retry-After past the deadline: Deferred with that wait, no second call", async () => {
    const clock = steppedClock()
    let calls = 0
    const e = await withRetry(
      () => {
        calls++
        return Promise.reject(throttled(60_000))
      },
      {
        kind: "write",
        operation: "AddClientLinks",
        budget: new WaitBudget(clock),
      },
    ).catch((x: unknown) => x)
    expect(isDeferred(e) && e.retryAfterMs).toBe(60_000)
    expect(calls).toBe(1)
    expect(clock.slept).toEqual([])
  })

  it("sends nothing once the budget is spent", async () => {
    const clock = steppedClock()
    const budget = new WaitBudget(clock, 0)
    let calls = 0
    const e = await withRetry(() => Promise.resolve(++calls), {
      kind: "read",
      operation: "SearchClientLinks",
      budget,
    }).catch((x: unknown) => x)
    expect(isDeferred(e)).toBe(true)
    expect(calls).toBe(0)
  })

  it("defers a call whose shared gate stays closed past the deadline", async () => {
    const clock = steppedClock()
    const gate = new ThrottleGate(() => new Promise(() => {}), clock.now)
    gate.close(30_000)
    const e = await withRetry(() => Promise.resolve(1), {
      kind: "write",
      operation: "AddClientLinks",
      gate,
      budget: new WaitBudget(clock),
    }).catch((x: unknown) => x)
    expect(isDeferred(e) && e.retryAfterMs).toBe(30_000)
  })

  it("a back-off past the deadline fails with the last error (only throttling defers)", async () => {
    const clock = steppedClock()
    const err = upstream({ kind: "fault", status: 500 })
    const e = await withRetry(() => Promise.reject(err), {
      kind: "read",
      operation: "SearchClientLinks",
      policy: { baseDelayMs: 30_000, maxDelayMs: 30_000 },
      budget: new WaitBudget(clock),
    }).catch((x: unknown) => x)
    expect(e).toBe(err)
  })
})
