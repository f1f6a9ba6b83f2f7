/**
 * The one table of our route handlers' error codes: code → HTTP status and the message used
 * when nothing more specific is known. The browser switches on `code`, never on the text.
 */
const TABLE = {
  unauthorized: [401, "Sign in to continue."],
  session_expired: [401, "Your session expired. Sign in again."],
  forbidden: [403, "Your role does not allow this action."],
  cross_origin: [403, "This request did not come from this site."],
  invalid_request: [400, "The request is not valid."],
  payload_too_large: [413, "The request is too large."],
  /** Microsoft Advertising refused the request itself (a 400-class fault). */
  upstream_rejected: [422, "Microsoft Advertising refused the request."],
  rate_limited: [
    429,
    "Microsoft Advertising is throttling requests. Wait a minute and retry.",
  ],
  upstream_unavailable: [
    502,
    "Microsoft Advertising did not answer properly. Try again in a few minutes.",
  ],
  upstream_timeout: [
    504,
    "Microsoft Advertising took too long to answer. Try again in a few minutes.",
  ],
  /** The export waited too long for every link (the gather carries on in the background). */
  export_timeout: [
    503,
    "The export took too long: Linkdesk is still gathering this customer's links from Microsoft Advertising. Try again in half a minute; the gathering carries on meanwhile.",
  ],
  internal_error: [500, "Something went wrong on our side."],
} as const satisfies Record<string, readonly [number, string]>

export type ApiErrorCode = keyof typeof TABLE

export const API_ERROR_CODES = Object.keys(TABLE) as ApiErrorCode[]

export const statusForCode = (code: ApiErrorCode): number => TABLE[code][0]

export const defaultMessage = (code: ApiErrorCode): string => TABLE[code][1]
