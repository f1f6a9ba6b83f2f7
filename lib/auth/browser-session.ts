/**
 * The two things the dashboard asks of next-auth in the browser, without next-auth's
 * client (its SessionProvider and helpers were ~15 KB gzip of every page's first load).
 * Both speak next-auth v4's own REST routes under /api/auth, as its client does:
 * - switching customer: `POST /api/auth/session` with `{ csrfToken, data }`, which runs the
 *   jwt callback with trigger "update" (checked on the server against the user's roles);
 * - hearing that another tab signed out: next-auth's signOut writes a "nextauth.message"
 *   entry to localStorage, which every other tab of the origin sees as a `storage` event.
 * Sign-in and sign-out themselves still use next-auth's client, loaded on demand.
 */
import { NO_ANSWER_MESSAGE } from "@/lib/fetch-json"

const AUTH_BASE = "/api/auth"
const MESSAGE_KEY = "nextauth.message"

/** Why a switch did not happen, in a sentence for the user. */
export class SwitchFailedError extends Error {
  override name = "SwitchFailedError"
}

async function askJson(
  fetchImpl: typeof fetch,
  url: string,
  init?: RequestInit,
): Promise<unknown> {
  let res: Response
  try {
    res = await fetchImpl(url, init)
  } catch {
    throw new SwitchFailedError(NO_ANSWER_MESSAGE)
  }
  if (!res.ok)
    throw new SwitchFailedError(
      `Linkdesk refused the switch (HTTP ${res.status}). Reload the page and try again.`,
    )
  return res.json().catch(() => null)
}

/**
 * Re-issues the session cookie for `customerId`. Resolves to the customer id the session
 * now carries: the server keeps the old one when the user may not act for the new one.
 * Throws SwitchFailedError when the switch could not be asked for.
 */
export async function switchSessionCustomer(
  customerId: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  const csrf = await askJson(fetchImpl, `${AUTH_BASE}/csrf`)
  const token = field(csrf, "csrfToken")
  if (typeof token !== "string")
    throw new SwitchFailedError("Linkdesk gave no sign-in check token.")
  const session = await askJson(fetchImpl, `${AUTH_BASE}/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ csrfToken: token, data: { customerId } }),
  })
  const id = field(field(session, "customer"), "id")
  return typeof id === "string" ? id : null
}

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined

/** Calls `onSignOut` when another tab of this origin signs out; returns the unsubscribe. */
export function onSignOutElsewhere(onSignOut: () => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key !== MESSAGE_KEY || !event.newValue) return
    try {
      const message: unknown = JSON.parse(event.newValue)
      if (isSignOutMessage(message)) onSignOut()
    } catch {
      // Someone else's value under next-auth's key: not a sign-out.
    }
  }
  window.addEventListener("storage", handler)
  return () => window.removeEventListener("storage", handler)
}

const isSignOutMessage = (m: unknown): boolean =>
  field(m, "event") === "session" &&
  field(field(m, "data"), "trigger") === "signout"
