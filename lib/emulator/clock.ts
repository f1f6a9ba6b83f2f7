import type { Clock } from "./types"

/** Real time plus an offset that only moves forward (tests and the dev endpoint move it). */
export class EmulatorClock implements Clock {
  constructor(
    private offsetMs = 0,
    private readonly realNow: () => number = Date.now,
  ) {}

  now(): Date {
    return new Date(this.realNow() + this.offsetMs)
  }

  get offset(): number {
    return this.offsetMs
  }

  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new RangeError("The clock only moves forward.")
    this.offsetMs += seconds * 1000
  }

  /** Jump to `when`; refuses to go back. */
  set(when: Date): void {
    const delta = when.getTime() - this.now().getTime()
    if (Number.isNaN(delta) || delta < 0)
      throw new RangeError("The clock only moves forward.")
    this.offsetMs += delta
  }

  reset(): void {
    this.offsetMs = 0
  }
}
