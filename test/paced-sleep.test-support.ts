import type { Sleep } from "@/lib/ads-api/retry"

/**
 * A stand-in for `realSleep` in route tests (installed with vi.mock): every pause the code
 * asks for is recorded at its full length and waited for real, but SPEED times shorter, so
 * a 60-second Retry-After takes 0.3 s and a 429 storm runs in seconds. The real timer keeps
 * the order of events honest: a request sent during a pause shows up between its start and end.
 */
export const SPEED = 200

export interface Pause {
  /** What the code asked for, in ms (e.g. a Retry-After of 60 s: 60,000). */
  askedMs: number
  /** performance.now() when the pause began and ended. */
  start: number
  end: number
}

export const pauses: Pause[] = []

export const pacedSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    const start = performance.now()
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener("abort", done)
      pauses.push({ askedMs: ms, start, end: performance.now() })
      resolve()
    }
    const timer = setTimeout(done, ms / SPEED)
    if (signal?.aborted) return done()
    signal?.addEventListener("abort", done, { once: true })
  })

/** The sends that started while a pause was running: each should have waited for it. */
export const sentDuringPauses = (sentAt: number[]) =>
  sentAt.filter((t) => pauses.some((p) => t > p.start && t < p.end))
