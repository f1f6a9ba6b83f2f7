/**
 * Browser side: "the session is gone, sign in again". Any code that sees one of our route
 * handlers answer 401 (unauthorized / session_expired) reports it; the SessionWatcher in
 * the dashboard listens and sends the user to /signin with the current page to come back to.
 */
export const SESSION_EXPIRED_EVENT = "linkdesk:session-expired"

/** True for an error carrying HTTP 401 from our routes (e.g. ApiRequestError). */
export function isSessionExpiredError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "status" in error &&
    error.status === 401
  )
}

export function reportSessionExpired(): void {
  if (typeof window !== "undefined")
    window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT))
}

export function reportIfSessionExpired(error: unknown): void {
  if (isSessionExpiredError(error)) reportSessionExpired()
}
