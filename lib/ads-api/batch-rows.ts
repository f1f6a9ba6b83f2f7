import { LOCAL_CODES } from "./error-codes"
import { CALL_RATE_EXCEEDED, type UpstreamError } from "./upstream-error"
import type { ApiResult } from "./send-request"
import type { RowError as WireRowError } from "@/lib/contract/writes"
import type { Deferred } from "./retry"
import type { OperationError, WriteClientLinksResponse } from "./wire"

/** How one chunk's answer or failure maps to its rows (RowError as in lib/contract/writes.ts, always flagged). */
export interface RowError extends WireRowError {
  /** The write may have been applied: search for the link before sending it again. */
  outcomeUnknown: boolean
}
export type RowResult =
  { ok: true } | { ok: false; errors: RowError[] } | NotSentRow

/** Not sent: Microsoft asked for a longer wait than the request may take (lib/contract/writes.ts). */
export interface NotSentRow {
  ok: false
  notSent: "throttled"
  /** Whole seconds, at least 1. */
  retryAfter: number
  errors: RowError[]
}

/** A row the request's wait budget left unsent (retry.ts Deferred): nothing was written. */
export function notSentRow(e: Deferred): NotSentRow {
  const retryAfter = Math.max(1, Math.ceil(e.retryAfterMs / 1000))
  const trackingId = e.last?.trackingId ?? null
  const throttled = e.last?.isThrottle === true
  const why = throttled
    ? `Microsoft Advertising asked us to wait ${retryAfter} s`
    : "this request ran out of time"
  const error: RowError = {
    code: throttled ? CALL_RATE_EXCEEDED : LOCAL_CODES.NotSent,
    message: `Not sent yet: ${why}. Nothing changed; it is sent again after the wait.`,
    details: null,
    trackingId,
    retryable: true,
    outcomeUnknown: false,
  }
  return { ok: false, notSent: "throttled", retryAfter, errors: [error] }
}

export { LOCAL_CODES }
export { isOutcomeUnknown } from "@/lib/contract/writes"

const OK: RowResult = { ok: true }

function fromOperationErrors(
  errors: OperationError[],
  trackingId: string | null,
): RowResult {
  return {
    ok: false,
    errors: errors.map((e) => ({
      code: e.Code,
      message: e.Message,
      details: e.Details,
      trackingId,
      retryable: e.Code === CALL_RATE_EXCEEDED,
      outcomeUnknown: false,
    })),
  }
}

const fill = (size: number, row: RowResult): RowResult[] =>
  Array.from({ length: size }, () => row)

/** One chunk's answer, lined up with its rows; never guesses which row an error belongs to. */
export function mapChunkResponse(
  result: ApiResult<WriteClientLinksResponse>,
  size: number,
): RowResult[] {
  const { OperationErrors, PartialErrors } = result.data
  const { trackingId } = result
  if (OperationErrors && OperationErrors.length > 0)
    return fill(size, fromOperationErrors(OperationErrors, trackingId))
  // What a fully successful call sends is UNCONFIRMED (docs/client-link-api.md, "Faults"): [] and null both mean no row failed.
  if (!PartialErrors || PartialErrors.length === 0) return fill(size, OK)
  if (PartialErrors.length !== size)
    return fill(size, {
      ok: false,
      errors: [
        {
          code: LOCAL_CODES.Malformed,
          message: `The service answered with ${PartialErrors.length} row results for ${size} links.`,
          details: null,
          trackingId,
          retryable: true,
          outcomeUnknown: true,
        },
      ],
    })
  return PartialErrors.map((errs) =>
    errs && errs.length > 0 ? fromOperationErrors(errs, trackingId) : OK,
  )
}

const KIND_CODES: Record<UpstreamError["kind"], number> = {
  aborted: LOCAL_CODES.Aborted,
  timeout: LOCAL_CODES.Timeout,
  network: LOCAL_CODES.Network,
  malformed: LOCAL_CODES.Malformed,
  http: LOCAL_CODES.Http,
  fault: LOCAL_CODES.Http,
}

function localError(e: UpstreamError): Pick<RowError, "code" | "message"> {
  if (!e.mayHaveReachedServer)
    return e.kind === "aborted"
      ? {
          code: LOCAL_CODES.NotSent,
          message: "Not sent: cancelled before it started.",
        }
      : {
          code: LOCAL_CODES.NotSent,
          message: "Not sent: could not connect to Microsoft Advertising.",
        }
  const messages: Record<UpstreamError["kind"], string> = {
    aborted: "Cancelled while waiting for the answer.",
    timeout: "Microsoft Advertising did not answer in time.",
    network: "The connection to Microsoft Advertising failed.",
    malformed: "Microsoft Advertising sent an answer we could not read.",
    http: `Microsoft Advertising answered with HTTP ${e.status ?? "?"}.`,
    fault: `Microsoft Advertising answered with HTTP ${e.status ?? "?"}.`,
  }
  return { code: KIND_CODES[e.kind], message: messages[e.kind] }
}

/** Every row of a chunk that failed as a whole gets the same errors. */
export function rowErrorsFor(e: UpstreamError): RowError[] {
  const unknown = e.mayHaveTakenEffect
  // A 401 (expired token 109, revoked 105) refused the whole call: safe to send again after sign-in.
  const retryable =
    e.isThrottle || !e.mayHaveReachedServer || unknown || e.status === 401
  const base = { trackingId: e.trackingId, retryable, outcomeUnknown: unknown }
  const errors: RowError[] =
    e.errors.length > 0
      ? e.errors.map((x) => ({
          ...base,
          code: x.code,
          message: x.message,
          details: x.details,
        }))
      : [{ ...base, ...localError(e), details: null }]
  return errors
}
