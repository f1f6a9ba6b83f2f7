import "server-only"

import { redirect } from "next/navigation"

import { getPageSession, type UpstreamSession } from "./session.server"

/**
 * For dashboard layouts and pages: the session, or a redirect to /signin. proxy.ts has
 * usually redirected already (with the page as callbackUrl); this is the real check.
 */
export async function requirePageSession(): Promise<UpstreamSession> {
  const session = await getPageSession()
  if (!session) redirect("/signin")
  return session
}

/** Only same-site paths: never send the user to another origin after sign-in. */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value
  if (
    !url ||
    !url.startsWith("/") ||
    url.startsWith("//") ||
    url.includes("\\")
  )
    return "/"
  return url
}

/** The home page for a customer: agencies manage links, clients answer invitations. */
export const homeFor = (session: UpstreamSession): string =>
  session.customer.kind === "agency" ? "/links" : "/invitations"

/** Who may open the invite form: agencies whose role may invite (the route checks again). */
export const canInvite = (
  session: Pick<UpstreamSession, "customer" | "permissions">,
): boolean =>
  session.customer.kind === "agency" && session.permissions.inviteAccountLinks

/** The pages the nav leaves out: each customer kind is offered only its own pages. */
export function hiddenNavFor(
  session: Pick<UpstreamSession, "customer" | "permissions">,
): string[] {
  if (session.customer.kind === "client") return ["/links", "/invite"]
  return canInvite(session) ? ["/invitations"] : ["/invitations", "/invite"]
}
