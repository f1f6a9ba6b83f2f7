import type { Clock } from "@/lib/ads-api/wait-budget"

/**
 * A clock for route tests with no wall-clock waits: time stands still while anything is
 * busy (an upstream call in flight) and jumps to the next pause's end when nothing is.
 * Every pause is recorded in virtual milliseconds, so "nothing was sent during a pause"
 * and "the request answered within its budget" are exact assertions.
 */
export interface VirtualPause {
  askedMs: number
  start: number
  end: number
}

export interface FakeClock extends Clock {
  pauses: VirtualPause[]
}

export function fakeClock(busy: () => boolean): FakeClock {
  let t = 0
  const timers: { at: number; fire: () => void }[] = []
  const pauses: VirtualPause[] = []
  let pumping = false

  const tick = () => {
    if (timers.length === 0) {
      pumping = false
      return
    }
    if (!busy()) {
      timers.sort((a, b) => a.at - b.at)
      const next = timers.shift()
      if (next) {
        t = Math.max(t, next.at)
        next.fire()
      }
    }
    setImmediate(tick)
  }

  return {
    now: () => t,
    pauses,
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        const start = t
        const fire = () => {
          pauses.push({ askedMs: ms, start, end: t })
          resolve()
        }
        if (signal?.aborted) return fire()
        const timer = { at: t + ms, fire }
        timers.push(timer)
        signal?.addEventListener(
          "abort",
          () => {
            const i = timers.indexOf(timer)
            if (i >= 0) timers.splice(i, 1)
            fire()
          },
          { once: true },
        )
        if (!pumping) {
          pumping = true
          setImmediate(tick)
        }
      }),
  }
}

/** The call times that fall strictly inside a pause: each should have waited for it. */
export const sentDuringPauses = (clock: FakeClock, sentAt: number[]) =>
  sentAt.filter((at) => clock.pauses.some((p) => at > p.start && at < p.end))
