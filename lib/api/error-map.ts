import type { UpstreamError } from "@/lib/ads-api/upstream-error"
import { ERROR_CODES } from "@/lib/ads-api/error-codes"
import type { DomainErrorKind } from "@/lib/link-rules/errors"

import type { ApiErrorCode } from "./error-codes"

/**
 * The one table from a named failure to our answer's code (whose HTTP status is in
 * ./error-codes.ts). The domain and the upstream client name what happened; only lib/api
 * decides what the browser is told.
 */
export const DOMAIN_ERROR_CODES: Record<DomainErrorKind, ApiErrorCode> = {
  /** 503 with Retry-After: the gather carries on, the same request succeeds later. */
  gather_timeout: "export_timeout",
  session_expired: "session_expired",
}

const { InvalidCredentials, AuthenticationTokenExpired, OAuthTokenInvalid } =
  ERROR_CODES
const { UserIsNotAuthorized, NotAuthorized } = ERROR_CODES
/** Codes that mean: this sign-in is no longer good, sign in again. */
const AUTH_CODES = new Set(
  [InvalidCredentials, AuthenticationTokenExpired, OAuthTokenInvalid].map(
    (e) => e.code,
  ),
)
/** Codes that mean: this user may not do this. */
const FORBIDDEN_CODES = new Set(
  [UserIsNotAuthorized, NotAuthorized].map((e) => e.code),
)

const hasCode = (e: UpstreamError, codes: Set<number>) =>
  e.errors.some((x) => codes.has(x.code))
const is4xx = (e: UpstreamError) =>
  e.status !== null && e.status >= 400 && e.status < 500

/** Upstream failures, first match wins; anything else is upstream_unavailable. */
export const UPSTREAM_ERROR_CODES: readonly (readonly [
  test: (e: UpstreamError) => boolean,
  code: ApiErrorCode,
])[] = [
  [(e) => e.isThrottle, "rate_limited"],
  [(e) => e.kind === "timeout", "upstream_timeout"],
  [(e) => e.kind !== "fault" && e.kind !== "http", "upstream_unavailable"],
  [(e) => e.status === 401 || hasCode(e, AUTH_CODES), "session_expired"],
  [(e) => e.status === 403 || hasCode(e, FORBIDDEN_CODES), "forbidden"],
  /** Microsoft refused the request itself. */
  [is4xx, "upstream_rejected"],
]

export const codeForUpstream = (e: UpstreamError): ApiErrorCode =>
  UPSTREAM_ERROR_CODES.find(([test]) => test(e))?.[1] ?? "upstream_unavailable"
