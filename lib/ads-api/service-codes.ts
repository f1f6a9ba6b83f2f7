/**
 * Customer Management's own error codes for client links: number, ErrorCode name and the
 * message the service sends, as docs/emulator-codes.md lists them. Nothing of our app is
 * here (no help texts, no channels), so the emulator and the app share the numbers
 * without sharing rules. `published: false` marks a number Microsoft has not published
 * (the name is documented, or the case is ours); we chose it, once, here.
 */
export interface ServiceCode {
  code: number
  message: string
  published: boolean
}

const code = (n: number, message: string, published = true): ServiceCode => ({
  code: n,
  message,
  published,
})

export const SERVICE_CODES = {
  InternalError: code(0, "An internal error has occurred."),
  NullRequest: code(100, "The request message is null."),
  InvalidCredentials: code(
    105,
    "Authentication failed. Either supplied credentials are invalid or the account is inactive.",
  ),
  UserIsNotAuthorized: code(
    106,
    "The user does not represent a authorized developer or does not have access to the specified entity.",
  ),
  AuthenticationTokenExpired: code(109, "The OAuth access token has expired."),
  RequestMissingHeaders: code(
    116,
    "The request is missing one or more required headers.",
  ),
  CallRateExceeded: code(
    117,
    "You have exceeded the number of calls that you are allowed to make in a given time period.",
  ),
  // Documented for Customer Management without a name; the name is ours.
  NotAuthorized: code(
    1001,
    "The user is not authorized to call this operation.",
  ),
  OAuthTokenInvalid: code(
    3101,
    "The OAuth access token is not valid for this operation.",
  ),
  TimestampNotMatch: code(
    209,
    "The Timestamp does not match the entity's current Timestamp.",
  ),
  NameTooLong: code(211, "The name is too long."),
  InvitationAlreadySent: code(
    1410,
    "The client link invitation has already been sent.",
  ),
  ManagedByAnotherAgency: code(
    1424,
    "The client account is already managed by another agency.",
  ),
  PrepaidAccountNotAllowed: code(
    1471,
    "Prepaid client accounts cannot be managed by an agency.",
  ),
  AccountLinkInProgress: code(
    1472,
    "The account is being linked or unlinked. Wait 5 to 30 minutes and try again.",
  ),
  BatchSizeExceeded: code(3024, "The batch size exceeds the maximum limit."),
  InvalidPredicate: code(3030, "The predicate is invalid."),
  PredicatesRequired: code(3079, "At least one predicate is required."),
  InvalidPageInfo: code(
    3080,
    "Page Info must be present and have index greater than 0.",
  ),
  ClientLinkUpdateNotAllowed: code(
    3083,
    "A specified element of the client link may not be updated.",
  ),
  ListNullOrEmpty: code(3087, "The required list cannot be null or empty."),
  // Names documented (May 2026), numbers not published.
  ClientLinkFieldInvalid: code(
    1480,
    "A field of the client link is invalid.",
    false,
  ),
  LinkPairMismatch: code(
    1481,
    "The client entity number does not match the client entity id or customer.",
    false,
  ),
  // Cases the docs give no code for; name and number are ours.
  ClientLinkNotFound: code(1482, "The client link does not exist.", false),
  ClientEntityNotFound: code(
    1483,
    "The client account or customer does not exist.",
    false,
  ),
  TooManyManagers: code(
    1484,
    "The client account already has the maximum number of direct managers.",
    false,
  ),
} as const satisfies Record<string, ServiceCode>

export type ServiceCodeName = keyof typeof SERVICE_CODES
