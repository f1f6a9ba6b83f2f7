import { SERVICE_CODES, type ServiceCodeName } from "./service-codes"

/**
 * The service's client-link error codes (service-codes.ts) with, for each, `help`: a
 * sentence a person understands. The numbers and the service's messages live only there.
 */
export interface ErrorEntry {
  code: number
  /** The service's ErrorCode name (AdApiError.ErrorCode); also our key. */
  name: string
  /** What the service says. */
  message: string
  /** What the dashboard tells a person. */
  help: string
}

const HELP: Record<ServiceCodeName, string> = {
  InternalError:
    "Microsoft Advertising had an internal error. Try again in a few minutes.",
  NullRequest: "Microsoft Advertising could not read the request.",
  InvalidCredentials:
    "Your sign-in is not valid for this environment. Sign in again.",
  UserIsNotAuthorized:
    "Your role does not allow this action for this customer or account.",
  AuthenticationTokenExpired: "Your session expired. Sign in again.",
  RequestMissingHeaders:
    "The request was missing a required header (developer token or authorization).",
  CallRateExceeded:
    "Microsoft Advertising is throttling requests. Wait a minute and retry.",
  NotAuthorized:
    "Your sign-in may not use Microsoft Advertising here (for example a personal account where work accounts are required).",
  OAuthTokenInvalid:
    "Your sign-in is no longer valid for Microsoft Advertising. Sign in again.",
  TimestampNotMatch:
    "Someone changed this link meanwhile. Reload and try again.",
  NameTooLong: "The link name is longer than 40 characters.",
  InvitationAlreadySent:
    "This client already has an open invitation or link from this manager.",
  ManagedByAnotherAgency: "Another agency already manages this client account.",
  PrepaidAccountNotAllowed:
    "Prepaid accounts cannot be agency-managed. The client must switch to post-pay billing first.",
  AccountLinkInProgress:
    "This account is mid-way through a link change. Try again in 5 to 30 minutes.",
  BatchSizeExceeded: "Too many links in one request (the limit is 10).",
  InvalidPredicate: "The search filter is not valid.",
  PredicatesRequired: "The search needs a filter.",
  InvalidPageInfo: "The page number or page size is not valid.",
  ClientLinkUpdateNotAllowed: "This link cannot be changed to that status now.",
  ListNullOrEmpty: "Nothing was sent.",
  ClientLinkFieldInvalid: "A field of this invitation is invalid.",
  LinkPairMismatch:
    "The client number does not match the client id or owning customer.",
  ClientLinkNotFound: "This link no longer exists. Reload the list.",
  ClientEntityNotFound: "No client account or customer has that id or number.",
  TooManyManagers:
    "This client account already has as many managers as it may have (5).",
}

export type ErrorName = ServiceCodeName

export const ERROR_CODES: Readonly<Record<ErrorName, ErrorEntry>> =
  Object.fromEntries(
    Object.entries(SERVICE_CODES).map(([name, e]) => [
      name,
      { code: e.code, name, message: e.message, help: HELP[name as ErrorName] },
    ]),
  ) as Record<ErrorName, ErrorEntry>

const BY_CODE = new Map<number, ErrorEntry>(
  Object.values(ERROR_CODES).map((e) => [e.code, e]),
)

/**
 * Codes for failures the service did not name (our own, never sent by it). Negative, so they
 * never clash with the service's codes.
 */
export const LOCAL_CODES = {
  /** Not sent: cancelled before the request started, or never connected. */
  NotSent: -1,
  /** Cancelled while waiting for the answer. */
  Aborted: -2,
  Timeout: -3,
  Network: -4,
  Malformed: -5,
  Http: -6,
} as const

const LOCAL_HELP: Record<number, string> = {
  [LOCAL_CODES.NotSent]: "Not sent. Nothing changed; you can send it again.",
  [LOCAL_CODES.Aborted]:
    "Cancelled while waiting for Microsoft Advertising: it may or may not have been applied.",
  [LOCAL_CODES.Timeout]:
    "Microsoft Advertising did not answer in time: it may or may not have been applied.",
  [LOCAL_CODES.Network]:
    "The connection to Microsoft Advertising failed: it may or may not have been applied.",
  [LOCAL_CODES.Malformed]:
    "Microsoft Advertising sent an answer we could not read: it may or may not have been applied.",
  [LOCAL_CODES.Http]:
    "Microsoft Advertising answered with an unexpected error. Try again in a few minutes.",
}

/** A sentence for a person, for any code the service (or we) may report; unknown codes keep the service's text. */
export function helpForCode(code: number, serviceMessage?: string): string {
  return (
    BY_CODE.get(code)?.help ??
    LOCAL_HELP[code] ??
    serviceMessage ??
    `Microsoft Advertising refused this (code ${code}).`
  )
}

/**
 * The row's own explanation, when it says more than the help sentence: e.g. our status
 * check's "The link is LinkCanceled; an ended link cannot be changed." under code 3083.
 * Null for the service's stock text of a known code and for our own negative codes.
 */
export function detailForCode(code: number, message: string): string | null {
  const known = BY_CODE.get(code)
  if (!known || !message) return null
  return message === known.message || message === known.help ? null : message
}
