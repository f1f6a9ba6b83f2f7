import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"

export {
  CLIENT_LINK_STATUSES,
  type ClientLinkStatus,
} from "@/lib/ads-api/link-statuses"

/** Who writes an update: the managing customer (agency) or the client being linked. */
export type Actor = "agency" | "client"

/** Ended links cannot be updated; a new AddClientLinks is needed. */
export const ENDED_STATUSES: ReadonlySet<ClientLinkStatus> = new Set([
  "LinkDeclined",
  "LinkFailed",
  "LinkExpired",
  "LinkCanceled",
  "Inactive",
])

/** The only writes the docs allow: actor → requested status → the status it must come from. */
const WRITES: Record<
  Actor,
  Partial<Record<ClientLinkStatus, ClientLinkStatus>>
> = {
  agency: { LinkCanceled: "LinkPending", UnlinkRequested: "Active" },
  client: { LinkAccepted: "LinkPending", LinkDeclined: "LinkPending" },
}

/** Mid-way through linking or unlinking: the service takes no write until it is done. */
const IN_TRANSITION: ReadonlySet<ClientLinkStatus> = new Set([
  "LinkInProgress",
  "UnlinkInProgress",
])

export type StatusUpdateRefusal =
  | "LinkEnded"
  | "LinkInTransition"
  | "StatusNotAllowedForActor"
  | "StatusTransitionInvalid"

/** Why `actor` may not move a link from `from` to `to`, or null when the update is allowed. */
export function refuseStatusUpdate(
  actor: Actor,
  from: ClientLinkStatus,
  to: ClientLinkStatus,
): StatusUpdateRefusal | null {
  if (ENDED_STATUSES.has(from)) return "LinkEnded"
  if (IN_TRANSITION.has(from)) return "LinkInTransition"
  const requiredFrom = WRITES[actor][to]
  if (requiredFrom === undefined) return "StatusNotAllowedForActor"
  return requiredFrom === from ? null : "StatusTransitionInvalid"
}

/** The statuses an actor may request for a link currently in `from`. */
export function allowedStatusUpdates(
  actor: Actor,
  from: ClientLinkStatus,
): ClientLinkStatus[] {
  return (Object.keys(WRITES[actor]) as ClientLinkStatus[]).filter(
    (to) => refuseStatusUpdate(actor, from, to) === null,
  )
}
