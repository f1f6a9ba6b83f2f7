/**
 * The domain's own failures, named by what happened. lib/api/error-map.ts gives each kind its
 * HTTP answer; the domain never picks a status itself.
 */
export type DomainErrorKind = "gather_timeout" | "session_expired"

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind
}

export const isDomainError = (e: unknown): e is DomainError =>
  e instanceof DomainError

/**
 * Gathering every link took longer than the request may wait. The gather carries on in the
 * background, so the same request succeeds once it is done.
 */
export class GatherTimeoutError extends DomainError {
  override name = "GatherTimeoutError"
  readonly kind = "gather_timeout"
  constructor(
    /** How long to wait before asking again. */
    readonly retryAfterSeconds: number,
  ) {
    super("Gathering links took too long")
  }
}

/**
 * Microsoft refused the access token as expired (109) and refreshing it failed, with no row
 * written: the user has to sign in again.
 */
export class SessionExpiredError extends DomainError {
  override name = "SessionExpiredError"
  readonly kind = "session_expired"
  constructor(readonly trackingId: string | null) {
    super("The access token expired and could not be refreshed")
  }
}
