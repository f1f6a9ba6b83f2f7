/**
 * The one table of Customer Management error codes for client links (spec §9).
 *
 * `confirmed: false` marks a documented choice of ours where Microsoft's docs are silent:
 * the code number, the channel or the HTTP status is a best guess. The emulator answers with
 * exactly these; the dashboard turns a code into `help`, a sentence a person understands.
 */
export type ErrorChannel = "partial" | "ApiFault" | "AdApiFaultDetail"

export interface ErrorEntry {
  code: number
  /** The service's ErrorCode name (AdApiError.ErrorCode); also our key. */
  name: string
  channel: ErrorChannel
  /** HTTP status for faults; 200 for PartialErrors. */
  status: number
  /** What the service says. */
  message: string
  /** What the dashboard tells a person. */
  help: string
  confirmed: boolean
}

const entry = (
  code: number,
  channel: ErrorChannel,
  status: number,
  message: string,
  help: string,
  confirmed = true,
) => ({ code, channel, status, message, help, confirmed })

const TABLE = {
  InternalError: entry(
    0,
    "AdApiFaultDetail",
    500,
    "An internal error has occurred.",
    "Microsoft Advertising had an internal error. Try again in a few minutes.",
  ),
  InvalidCredentials: entry(
    105,
    "AdApiFaultDetail",
    401,
    "Authentication failed. Either supplied credentials are invalid or the account is inactive.",
    "Your sign-in is not valid for this environment. Sign in again.",
  ),
  UserIsNotAuthorized: entry(
    106,
    "AdApiFaultDetail",
    403,
    "The user does not represent a authorized developer or does not have access to the specified entity.",
    "Your role does not allow this action for this customer or account.",
  ),
  AuthenticationTokenExpired: entry(
    109,
    "AdApiFaultDetail",
    401,
    "The OAuth access token has expired.",
    "Your session expired. Sign in again.",
  ),
  RequestMissingHeaders: entry(
    116,
    "AdApiFaultDetail",
    401,
    "The request is missing one or more required headers.",
    "The request was missing a required header (developer token or authorization).",
    false,
  ),
  CallRateExceeded: entry(
    117,
    "AdApiFaultDetail",
    429,
    "You have exceeded the number of calls that you are allowed to make in a given time period.",
    "Microsoft Advertising is throttling requests. Wait a minute and retry.",
  ),
  /** Documented without a name; ours. */
  NotAuthorized: entry(
    1001,
    "AdApiFaultDetail",
    403,
    "The user is not authorized to call this operation.",
    "Your sign-in may not use Microsoft Advertising here (for example a personal account where work accounts are required).",
    false,
  ),
  OAuthTokenInvalid: entry(
    3101,
    "AdApiFaultDetail",
    401,
    "The OAuth access token is not valid for this operation.",
    "Your sign-in is no longer valid for Microsoft Advertising. Sign in again.",
  ),
  InvitationAlreadySent: entry(
    1410,
    "partial",
    200,
    "The client link invitation has already been sent.",
    "This client already has an open invitation or link from this manager.",
    false,
  ),
  ManagedByAnotherAgency: entry(
    1424,
    "partial",
    200,
    "The client account is already managed by another agency.",
    "Another agency already manages this client account.",
    false,
  ),
  PrepaidAccountNotAllowed: entry(
    1471,
    "partial",
    200,
    "Prepaid client accounts cannot be managed by an agency.",
    "Prepaid accounts cannot be agency-managed. The client must switch to post-pay billing first.",
    false,
  ),
  AccountLinkInProgress: entry(
    1472,
    "partial",
    200,
    "The account is being linked or unlinked. Wait 5 to 30 minutes and try again.",
    "This account is mid-way through a link change. Try again in 5 to 30 minutes.",
    false,
  ),
  BatchSizeExceeded: entry(
    3024,
    "ApiFault",
    400,
    "The batch size exceeds the maximum limit.",
    "Too many links in one request (the limit is 10).",
    false,
  ),
  InvalidPredicate: entry(
    3030,
    "ApiFault",
    400,
    "The predicate is invalid.",
    "The search filter is not valid.",
  ),
  PredicatesRequired: entry(
    3079,
    "ApiFault",
    400,
    "At least one predicate is required.",
    "The search needs a filter.",
    false,
  ),
  InvalidPageInfo: entry(
    3080,
    "ApiFault",
    400,
    "Page Info must be present and have index greater than 0.",
    "The page number or page size is not valid.",
    false,
  ),
  ClientLinkUpdateNotAllowed: entry(
    3083,
    "partial",
    200,
    "A specified element of the client link may not be updated.",
    "This link cannot be changed to that status now.",
    false,
  ),
  ListNullOrEmpty: entry(
    3087,
    "ApiFault",
    400,
    "The required list cannot be null or empty.",
    "Nothing was sent.",
    false,
  ),
  TimestampNotMatch: entry(
    209,
    "partial",
    200,
    "The Timestamp does not match the entity's current Timestamp.",
    "Someone changed this link meanwhile. Reload and try again.",
    false,
  ),
  NameTooLong: entry(
    211,
    "partial",
    200,
    "The name is too long.",
    "The link name is longer than 40 characters.",
    false,
  ),
  ClientLinkFieldInvalid: entry(
    1480,
    "partial",
    200,
    "A field of the client link is invalid.",
    "A field of this invitation is invalid.",
    false,
  ),
  LinkPairMismatch: entry(
    1481,
    "partial",
    200,
    "The client entity number does not match the client entity id or customer.",
    "The client number does not match the client id or owning customer.",
    false,
  ),
  ClientLinkNotFound: entry(
    1482,
    "partial",
    200,
    "The client link does not exist.",
    "This link no longer exists. Reload the list.",
    false,
  ),
  ClientEntityNotFound: entry(
    1483,
    "partial",
    200,
    "The client account or customer does not exist.",
    "No client account or customer has that id or number.",
    false,
  ),
} satisfies Record<string, Omit<ErrorEntry, "name">>

export type ErrorName = keyof typeof TABLE

export const ERROR_CODES: Readonly<Record<ErrorName, ErrorEntry>> =
  Object.fromEntries(
    Object.entries(TABLE).map(([name, e]) => [name, { ...e, name }]),
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
