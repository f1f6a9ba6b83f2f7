import { realSleep, type Sleep } from "./retry"

/**
 * How long one request to our routes may spend waiting on Microsoft, pauses for throttling
 * and back-off included. Well under common proxy and platform limits (Vercel 60–300 s,
 * load balancers 60–100 s), so a connection is never cut while rows are being written. When
 * Microsoft asks us to wait past it, the route answers with each row's state so far and
 * the browser resumes the rows not sent (docs/throttling.md).
 */
export const REQUEST_WAIT_BUDGET_MS = 20_000

export interface Clock {
  now: () => number
  sleep: Sleep
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => realSleep(ms, signal),
}

/** One request's deadline, and the clock it waits with. */
export class WaitBudget {
  readonly deadline: number

  constructor(
    readonly clock: Clock = systemClock,
    ms: number = REQUEST_WAIT_BUDGET_MS,
  ) {
    this.deadline = clock.now() + ms
  }

  get sleep(): Sleep {
    return this.clock.sleep
  }

  now(): number {
    return this.clock.now()
  }

  /** True when nothing more may be started: the request must answer now. */
  get spent(): boolean {
    return this.now() >= this.deadline
  }

  /** Whether a pause of `ms` ends before the deadline. */
  fits(ms: number): boolean {
    return this.now() + ms <= this.deadline
  }
}

/** The budget every route handler starts with (withSession); tests replace it with a fake clock. */
export const startBudget = (): WaitBudget => new WaitBudget()
