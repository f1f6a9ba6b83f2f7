/**
 * ClientLinkStatus, in the service's enum order: a part of the wire format (wire.ts holds
 * its schema). Zod-free, so the grid's first load and the emulator can use it without the
 * link rules of status.ts.
 */
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

export type ClientLinkStatus = (typeof CLIENT_LINK_STATUSES)[number]
