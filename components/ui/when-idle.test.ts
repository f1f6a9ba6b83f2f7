import { afterEach, describe, expect, it, vi } from "vitest"

import { whenIdle } from "./when-idle"

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe("whenIdle", () => {
  it("waits for the browser's idle callback, and can be cancelled", () => {
    const pending = new Map<number, () => void>()
    let next = 1
    vi.stubGlobal("requestIdleCallback", (cb: () => void) => {
      pending.set(next, cb)
      return next++
    })
    vi.stubGlobal("cancelIdleCallback", (id: number) => pending.delete(id))
    const work = vi.fn()
    whenIdle(work)
    const cancel = whenIdle(work)
    expect(work).not.toHaveBeenCalled()
    cancel()
    for (const cb of pending.values()) cb()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it("falls back to a timer, never running in the same task", () => {
    vi.stubGlobal("requestIdleCallback", undefined)
    vi.useFakeTimers()
    const work = vi.fn()
    whenIdle(work)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2_000)
    expect(work).toHaveBeenCalledTimes(1)
  })
})
