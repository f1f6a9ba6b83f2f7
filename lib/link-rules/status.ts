/** ClientLinkStatus, in the service's enum order (docs/client-link-api.md, "Life cycle"). */
export const CLIENT_LINK_STATUSES = [
  "LinkPending",
  "LinkCanceled",
  "LinkExpired",
  "LinkAccepted",
  "LinkDeclined",
  "LinkInProgress",
  "Active",
  "LinkFailed",
  "UnlinkRequested",
  "UnlinkPending",
  "UnlinkCanceled",
  "UnlinkInProgress",
  "Inactive",
  "UnlinkFailed",
] as const

/** Its schema lives in wire.ts: this module stays free of zod, for the grid's first load. */
export type ClientLinkStatus = (typeof CLIENT_LINK_STATUSES)[number]

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

/** While the latest link of a pair is in one of these, a new invitation is refused (1410). */
export const INVITE_BLOCKING_STATUSES: ReadonlySet<ClientLinkStatus> = new Set([
  "Active",
  "LinkAccepted",
  "LinkInProgress",
  "LinkPending",
  "UnlinkInProgress",
  "UnlinkPending",
  "UnlinkRequested",
  "UnlinkFailed",
])

/** The only writes the docs allow: actor → requested status → the status it must come from. */
const WRITES: Record<
  Actor,
  Partial<Record<ClientLinkStatus, ClientLinkStatus>>
> = {
  agency: { LinkCanceled: "LinkPending", UnlinkRequested: "Active" },
  client: { LinkAccepted: "LinkPending", LinkDeclined: "LinkPending" },
}

export type StatusUpdateRefusal =
  "LinkEnded" | "StatusNotAllowedForActor" | "StatusTransitionInvalid"

/** Why `actor` may not move a link from `from` to `to`, or null when the update is allowed. */
export function refuseStatusUpdate(
  actor: Actor,
  from: ClientLinkStatus,
  to: ClientLinkStatus,
): StatusUpdateRefusal | null {
  if (ENDED_STATUSES.has(from)) return "LinkEnded"
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
