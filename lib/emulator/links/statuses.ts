import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"

import type { CodeName } from "../faults-wire"

export type { ClientLinkStatus }

/**
 * The life cycle as the service documents it (docs/emulator-links.md, "Life cycle"): who
 * may write which status from which, and which statuses end a link, block a new
 * invitation, count as managing an account, or put it mid-transition.
 */

/** Who writes an update: the managing customer or the client being linked. */
export type Writer = "agency" | "client"

/** Ended: no update at all, a new AddClientLinks is needed. */
export const ENDED: ReadonlySet<ClientLinkStatus> = new Set([
  "LinkDeclined",
  "LinkFailed",
  "LinkExpired",
  "LinkCanceled",
  "Inactive",
])

/**
 * The latest link of a pair in one of these blocks a new invitation of the same pair
 * (1410). The documented list, plus UnlinkFailed, which the docs say goes back to Active.
 */
export const BLOCKS_NEW_INVITATION: ReadonlySet<ClientLinkStatus> = new Set([
  "LinkPending",
  "LinkAccepted",
  "LinkInProgress",
  "Active",
  "UnlinkPending",
  "UnlinkInProgress",
  "UnlinkFailed",
])

/** Another manager's account link in one of these: the account is managed (1424). */
export const MANAGING: ReadonlySet<ClientLinkStatus> = new Set([
  "Active",
  "LinkAccepted",
  "LinkInProgress",
  "UnlinkPending",
  "UnlinkInProgress",
  "UnlinkFailed",
])

/** The account is being linked or unlinked: writes on it wait (1472). */
export const IN_TRANSITION: ReadonlySet<ClientLinkStatus> = new Set([
  "LinkInProgress",
  "UnlinkInProgress",
])

/** At most this many managers may hold an open (not ended) link on one account. */
export const MAX_DIRECT_MANAGERS = 5

/** The documented writes: writer → status written → the status it must come from. */
const WRITES: Record<
  Writer,
  Partial<Record<ClientLinkStatus, ClientLinkStatus>>
> = {
  agency: { LinkCanceled: "LinkPending", UnlinkRequested: "Active" },
  client: { LinkAccepted: "LinkPending", LinkDeclined: "LinkPending" },
}

/** What a write of `to` is read back as: UnlinkRequested is written, UnlinkPending stored. */
export const storedAs = (to: ClientLinkStatus): ClientLinkStatus =>
  to === "UnlinkRequested" ? "UnlinkPending" : to

/** The statuses only the client may write (the caller on both sides is the client then). */
export const CLIENT_WRITES: ReadonlySet<string> = new Set(
  Object.keys(WRITES.client),
)

/**
 * Why `writer` may not move a link in `from` to `to`: a code, with Details naming the
 * reason, or null. Writing the current status again is a Note-only update.
 */
export function refuseWrite(
  writer: Writer,
  from: ClientLinkStatus,
  to: ClientLinkStatus,
): { code: CodeName; details: string } | null {
  if (ENDED.has(from))
    return { code: "ClientLinkUpdateNotAllowed", details: "LinkEnded" }
  if (IN_TRANSITION.has(from))
    return { code: "AccountLinkInProgress", details: "LinkInTransition" }
  if (storedAs(to) === from) return null
  const required = WRITES[writer][to]
  if (required === undefined)
    return { code: "UserIsNotAuthorized", details: "StatusNotAllowedForActor" }
  if (required !== from)
    return {
      code: "ClientLinkUpdateNotAllowed",
      details: "StatusTransitionInvalid",
    }
  return null
}
