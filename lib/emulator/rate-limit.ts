import type { Clock } from "./types"

/**
 * Per-customer call rate over a sliding 60-second window of the emulator clock
 * (docs/emulator.md, "Fault injection": code 117, retry after 60 s). Only calls that were let through are counted.
 */
export const WINDOW_MS = 60_000

export class RateLimiter {
  private calls = new Map<string, number[]>()

  constructor(
    private readonly clock: Clock,
    public perMinute: number,
  ) {}

  /** True when the call may go ahead (and is counted). */
  allow(customerId: string): boolean {
    if (this.perMinute <= 0) return true
    const now = this.clock.now().getTime()
    const recent = (this.calls.get(customerId) ?? []).filter(
      (t) => t > now - WINDOW_MS,
    )
    const allowed = recent.length < this.perMinute
    if (allowed) recent.push(now)
    this.calls.set(customerId, recent)
    return allowed
  }

  clear(): void {
    this.calls.clear()
  }
}
