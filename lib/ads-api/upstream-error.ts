import { ERROR_CODES } from "./error-codes"
import type { Fault } from "./wire"

/**
 * Upstream failures of the Customer Management REST API, in one class the UI and the logs
 * can read without knowing which of the two fault shapes (spec §3) or transport failure it was.
 */
export type UpstreamErrorKind =
  /** A 400/401/403/429/500 carrying an ApiFault or AdApiFaultDetail body. */
  | "fault"
  /** Any other non-2xx, or one of those statuses without a fault body. */
  | "http"
  /** A 2xx whose body does not parse with the wire schema. */
  | "malformed"
  /** Our own time limit ran out. */
  | "timeout"
  /** The connection failed or dropped. */
  | "network"
  /** The caller's AbortSignal fired. */
  | "aborted"

export interface UpstreamErrorItem {
  code: number
  /** AdApiError.ErrorCode; OperationErrors have none. */
  errorCode: string | null
  message: string
  details: string | null
}

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind
  operation: string
  status?: number | null
  trackingId?: string | null
  errors?: UpstreamErrorItem[]
  retryAfterMs?: number | null
  mayHaveReachedServer: boolean
  cause?: unknown
  message?: string
}

/** HTTP statuses whose fault bodies SDKs read (spec §1). */
export const FAULT_STATUSES: ReadonlySet<number> = new Set([
  400, 401, 403, 429, 500,
])
export const CALL_RATE_EXCEEDED = ERROR_CODES.CallRateExceeded.code

export class UpstreamError extends Error {
  override name = "UpstreamError"
  readonly kind: UpstreamErrorKind
  /** The API operation, e.g. "AddClientLinks", for logs. */
  readonly operation: string
  readonly status: number | null
  readonly trackingId: string | null
  readonly errors: UpstreamErrorItem[]
  /** From Retry-After on a 429; null when absent. */
  readonly retryAfterMs: number | null
  /** False only when the request certainly never reached the service, or was refused by throttling. */
  readonly mayHaveReachedServer: boolean

  constructor(init: UpstreamErrorInit) {
    super(init.message ?? describe(init), { cause: init.cause })
    this.kind = init.kind
    this.operation = init.operation
    this.status = init.status ?? null
    this.trackingId = init.trackingId ?? null
    this.errors = init.errors ?? []
    this.retryAfterMs = init.retryAfterMs ?? null
    this.mayHaveReachedServer = init.mayHaveReachedServer
  }

  /** The first service error code, if any (convention 6: errors carry status and code). */
  get code(): number | null {
    return this.errors[0]?.code ?? null
  }

  /** 429 or code 117: the service refused the call before doing anything. */
  get isThrottle(): boolean {
    return (
      this.status === 429 ||
      this.errors.some((e) => e.code === CALL_RATE_EXCEEDED)
    )
  }

  /**
   * Whether a write may have been applied although we got no answer saying so: after a
   * timeout, a dropped connection, a 5xx or an answer we could not read. A fault with a
   * 4xx status is a definite refusal of the whole request.
   */
  get mayHaveTakenEffect(): boolean {
    if (!this.mayHaveReachedServer) return false
    if (this.kind === "fault" || this.kind === "http")
      return this.status === null || this.status >= 500
    return true
  }
}

export const isUpstreamError = (e: unknown): e is UpstreamError =>
  e instanceof UpstreamError

/** An upstream 109: the access token expired, so a refreshed token may succeed. */
export const isTokenExpired = (e: unknown): e is UpstreamError =>
  isUpstreamError(e) &&
  e.errors.some((x) => x.code === ERROR_CODES.AuthenticationTokenExpired.code)

function describe(init: UpstreamErrorInit): string {
  const first = init.errors?.[0]
  const status = init.status ? ` (HTTP ${init.status})` : ""
  const detail = first ? `: ${first.code} ${first.message}` : ""
  return `${init.operation} failed, ${init.kind}${status}${detail}`
}

/** Both fault types as one list; note `Detail` in AdApiError and `Details` in OperationError. */
export function faultErrors(fault: Fault): UpstreamErrorItem[] {
  if (fault.Type === "ApiFault")
    return fault.OperationErrors.map((e) => ({
      code: e.Code,
      errorCode: null,
      message: e.Message,
      details: e.Details,
    }))
  return fault.Errors.map((e) => ({
    code: e.Code,
    errorCode: e.ErrorCode,
    message: e.Message,
    details: e.Detail,
  }))
}

/** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | null {
  if (value === null || value.trim() === "") return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

/** Error codes that mean the connection was never made, so nothing was sent. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
])

/** The system error codes inside a fetch failure (undici nests them in `cause`, sometimes in an AggregateError). */
function errorCodes(e: unknown, depth = 0): string[] {
  if (depth > 5 || typeof e !== "object" || e === null) return []
  const own = "code" in e && typeof e.code === "string" ? [e.code] : []
  const children = [
    ...(e instanceof AggregateError ? (e.errors as unknown[]) : []),
    ...("cause" in e ? [e.cause] : []),
  ]
  const nested = children.flatMap((x) => errorCodes(x, depth + 1))
  return [...own, ...nested]
}

/** True when every failure inside `e` happened before a connection existed. */
export function certainlyNotSent(e: unknown): boolean {
  const codes = errorCodes(e)
  return codes.length > 0 && codes.every((c) => NOT_SENT_CODES.has(c))
}
