/**
 * What /signin?error=<code> tells the user: what went wrong and what to do. The codes are
 * next-auth 4's (it sends every failed OAuth callback as OAuthCallback, whatever the cause)
 * plus two of ours, which the auth route sets before next-auth runs so that the common
 * causes get their own sentence (callbackProblem below).
 */

/** Ours: the browser came back without the state cookie set when the sign-in started. */
export const STATE_COOKIE_MISSING = "StateCookieMissing"
/** Ours: Microsoft (or the emulator) sent the user back with an OAuth error. */
export const PROVIDER_REFUSED = "ProviderRefused"

const ASK_ADMIN =
  "If it keeps happening, tell whoever runs Linkdesk: the server log has the details."

const MESSAGES: Record<string, string> = {
  [STATE_COOKIE_MISSING]:
    "Signing in could not be finished: your browser came back without the cookie Linkdesk set when you started. " +
    "This happens when the sign-in began at another address of this site, took longer than 15 minutes, or cookies are blocked for this site. " +
    "Allow cookies for this site and sign in again from this page.",
  [PROVIDER_REFUSED]:
    "Microsoft ended the sign-in without signing you in: you may have cancelled, or your organisation has not allowed Linkdesk. " +
    "Sign in again, or ask your Microsoft administrator to allow Linkdesk.",
  OAuthSignin: `Linkdesk could not start the sign-in with Microsoft. Try again in a moment. ${ASK_ADMIN}`,
  OAuthCallback: `Linkdesk could not complete the sign-in when Microsoft sent you back: the answer could not be checked or exchanged for a session. Sign in again from this page. ${ASK_ADMIN}`,
  Callback: `Signing in failed while Linkdesk read your account from Microsoft Advertising. Try again in a moment. ${ASK_ADMIN}`,
  AccessDenied:
    "This account has no role on any Microsoft Advertising customer, so there is nothing to manage. " +
    "Ask an administrator of your Microsoft Advertising customer to give you a role, or sign in with another account.",
  Configuration:
    "Sign-in is not set up correctly on this server, so nobody can sign in. Tell whoever runs Linkdesk: the server log names the setting.",
  SessionRequired: "Sign in to see that page.",
}
// next-auth also redirects with a lowercase "configuration" (routes/callback.js).
MESSAGES.configuration = MESSAGES.Configuration as string

const FALLBACK = `Signing in failed. Sign in again from this page. ${ASK_ADMIN}`

export function signInErrorMessage(code: string): string {
  return Object.hasOwn(MESSAGES, code) ? (MESSAGES[code] as string) : FALLBACK
}

/**
 * Before next-auth handles a callback: the error code for a cause it would report as a bare
 * OAuthCallback, or null to let it run. `stateCookie` is next-auth's state cookie name.
 */
export function callbackProblem(
  query: URLSearchParams,
  cookieNames: ReadonlySet<string>,
  stateCookie: string,
): string | null {
  if (query.has("error")) return PROVIDER_REFUSED
  if (!cookieNames.has(stateCookie)) return STATE_COOKIE_MISSING
  return null
}
