import { isUpstreamError, UpstreamError } from "./upstream-error"
import type { WaitBudget } from "./wait-budget"

/**
 * When to call again, and how long to wait. The rule for writes is narrow on purpose:
 * a write is sent again only when it certainly never reached the service or the service
 * refused it for throttling (429 / code 117). After a timeout, a dropped connection, a 5xx
 * or an unreadable answer it may already have been applied, so resending could invite a
 * client twice; the caller gets the failure and checks with a search first.
 */

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>
export type Random = () => number

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number
  baseDelayMs: number
  /** Cap of the exponential back-off. */
  maxDelayMs: number
  /** Cap of a server-sent Retry-After (spec §10: other services ask for 60 s). */
  maxRetryAfterMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 120_000,
}

/** Resolves after `ms`, or at once when `signal` fires (the caller checks `signal.aborted`). */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener("abort", done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener("abort", done, { once: true })
  })

export type CallKind = "read" | "write"

export function shouldRetry(error: UpstreamError, kind: CallKind): boolean {
  if (error.kind === "aborted") return false
  if (error.isThrottle || !error.mayHaveReachedServer) return true
  if (kind === "write") return false
  if (error.kind === "timeout" || error.kind === "network") return true
  return (
    (error.kind === "fault" || error.kind === "http") &&
    error.status !== null &&
    error.status >= 500
  )
}

/** Exponential back-off with "equal jitter": half fixed, half random, capped. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: Random,
): number {
  const ceiling = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * 2 ** Math.max(0, attempt - 1),
  )
  return Math.round(ceiling / 2 + (ceiling / 2) * random())
}

/** The wait before attempt `attempt + 1`: Retry-After when the service sent one. */
export function retryDelay(
  error: UpstreamError,
  attempt: number,
  policy: RetryPolicy,
  random: Random,
): number {
  if (error.isThrottle && error.retryAfterMs !== null)
    return Math.min(error.retryAfterMs, policy.maxRetryAfterMs)
  return backoffDelay(attempt, policy, random)
}

/**
 * Shared by every chunk of one batch: a throttled chunk closes the gate, and no chunk
 * sends its next request until the longest pause asked for so far has passed.
 * Ours, not a rate limiter's (p-throttle, bottleneck): it waits for the pause Microsoft asks
 * for, measured against the request's deadline, not for a rate we would have to guess.
 */
export class ThrottleGate {
  private open: Promise<void> = Promise.resolve()
  private openAt = 0

  constructor(
    private readonly sleep: Sleep,
    private readonly now: () => number = Date.now,
  ) {}

  close(ms: number, signal?: AbortSignal): void {
    this.openAt = Math.max(this.openAt, this.now() + ms)
    this.open = Promise.all([this.open, this.sleep(ms, signal)]).then(() => {})
  }

  /** How long until the gate opens (0 when open). */
  waitMs(): number {
    return Math.max(0, this.openAt - this.now())
  }

  async pass(): Promise<void> {
    let seen: Promise<void>
    do {
      seen = this.open
      await seen
    } while (seen !== this.open)
  }
}

/** Any thrown value as an UpstreamError (a bug in a fake fetch is still a failure of that call). */
export function asUpstreamError(e: unknown, operation: string): UpstreamError {
  if (isUpstreamError(e)) return e
  return new UpstreamError({
    operation,
    kind: "network",
    mayHaveReachedServer: true,
    cause: e,
    message: e instanceof Error ? e.message : String(e),
  })
}

export interface RetryOptions {
  kind: CallKind
  operation: string
  policy?: Partial<RetryPolicy>
  sleep?: Sleep
  random?: Random
  signal?: AbortSignal
  gate?: ThrottleGate
  /** The request's deadline (wait-budget.ts): no pause or call past it. */
  budget?: WaitBudget
}

/** Shortest wait a deferred answer asks for. */
const MIN_DEFER_MS = 1_000

/**
 * Not sent (again): Microsoft asked for a pause the request's budget does not allow, or
 * the budget ran out before the call. Nothing was written by this call; send it again
 * after `retryAfterMs`.
 */
export class Deferred extends Error {
  override name = "Deferred"

  constructor(
    readonly operation: string,
    readonly retryAfterMs: number,
    /** The throttle (or not-sent failure) before, if any. */
    readonly last: UpstreamError | null,
  ) {
    super(`${operation} was not sent: retry after ${retryAfterMs} ms`)
  }
}

export const isDeferred = (e: unknown): e is Deferred => e instanceof Deferred

function deferIfOutOfTime(
  options: RetryOptions,
  last: UpstreamError | null,
): void {
  const { budget, gate } = options
  if (!budget) return
  const wait = gate?.waitMs() ?? 0
  if (budget.spent || !budget.fits(wait))
    throw new Deferred(options.operation, Math.max(wait, MIN_DEFER_MS), last)
}

/**
 * Calls `fn` until it succeeds, or the failure may not be retried, or the attempts run out.
 * Ours, not p-retry's: which failures a write may be sent again after (shouldRetry) and the
 * deferral to the request's budget are the product, and a generic retry would resend blindly.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy }
  const sleep = options.sleep ?? options.budget?.sleep ?? realSleep
  const random = options.random ?? Math.random
  const { budget } = options
  let last: UpstreamError | null = null
  for (let attempt = 1; ; attempt++) {
    deferIfOutOfTime(options, last)
    await options.gate?.pass()
    // Another call may have closed the gate for longer while this one waited.
    deferIfOutOfTime(options, last)
    if (options.signal?.aborted)
      throw last ?? notSent(options.operation, options.signal.reason)
    try {
      return await fn()
    } catch (e) {
      last = asUpstreamError(e, options.operation)
      if (attempt >= policy.maxAttempts || !shouldRetry(last, options.kind))
        throw last
      const delay = retryDelay(last, attempt, policy, random)
      if (budget && !budget.fits(delay)) {
        if (last.isThrottle) throw new Deferred(options.operation, delay, last)
        throw last
      }
      if (last.isThrottle && options.gate)
        options.gate.close(delay, options.signal)
      else await sleep(delay, options.signal)
    }
  }
}

/** Aborted before the first attempt: certainly nothing was sent. */
export const notSent = (operation: string, cause?: unknown) =>
  new UpstreamError({
    operation,
    kind: "aborted",
    mayHaveReachedServer: false,
    cause,
    message: `${operation} was not sent: cancelled`,
  })
