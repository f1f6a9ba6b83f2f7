import type { ClientLinkInput } from "@/lib/link-rules/add"
import {
  refuseStatusUpdate,
  type Actor,
  type StatusUpdateRefusal,
} from "@/lib/link-rules/status"
import type { ClientLink, OperationError } from "@/lib/ads-api/wire"
import type { ErrorName } from "@/lib/ads-api/error-codes"

import { operationError } from "../faults-wire"
import type { Caller, OpResult } from "../types"
import { canWrite, hasRole } from "./access"
import { managedByAnother } from "./add"
import type { LinkContext } from "./context"
import { decodeStamp, parseWireDate, toWire } from "./render"
import { parseWriteRequest, writeResult } from "./request"
import type { Pair } from "./store"

/** Members an update may not change (spec §4); a different non-null value → 3083. */
const READ_ONLY: readonly (keyof ClientLink)[] = [
  "Type",
  "ClientEntityNumber",
  "ClientEntityCustomerNumber",
  "ClientEntityName",
  "ManagingCustomerNumber",
  "ManagingCustomerName",
  "Name",
  "InviterEmail",
  "InviterName",
  "InviterPhone",
  "IsBillToClient",
  "StartDate",
  "SuppressNotification",
  "LastModifiedDateTime",
  "LastModifiedByUserId",
  "CustomerLinkPermission",
]
/** Update identifies the link by these, all required (spec §4). */
const IDENTIFYING = [
  "ClientEntityId",
  "ClientEntityNumber",
  "ManagingCustomerId",
  "ManagingCustomerNumber",
] as const
const DATES = new Set<keyof ClientLink>(["StartDate", "LastModifiedDateTime"])

/** Our code for each refusal of refuseStatusUpdate (spec §5 leaves them open). */
const REFUSAL_CODE: Record<StatusUpdateRefusal, ErrorName> = {
  LinkEnded: "ClientLinkUpdateNotAllowed",
  StatusTransitionInvalid: "ClientLinkUpdateNotAllowed",
  StatusNotAllowedForActor: "UserIsNotAuthorized",
}
const CLIENT_WRITES = new Set(["LinkAccepted", "LinkDeclined"])

/** The pair of the given Type first; a link of the other Type is found too, so that a changed Type is a 3083. */
function findPair(ctx: LinkContext, link: ClientLinkInput): Pair | undefined {
  const entity = link.ClientEntityId!
  const manager = link.ManagingCustomerId!
  const first = link.Type ?? "AccountLink"
  const second = first === "AccountLink" ? "CustomerLink" : "AccountLink"
  return (
    ctx.store.get(manager, first, entity) ??
    ctx.store.get(manager, second, entity)
  )
}

/** Agency when the caller has a role on the manager, client when on the owner; a client status prefers client. */
function actorOf(
  caller: Caller,
  pair: Pair,
  status: string | null,
): Actor | null {
  const onManager = hasRole(caller, pair.managingCustomerId)
  const onOwner = hasRole(caller, pair.ownerCustomerId)
  if (onOwner && (!onManager || (status !== null && CLIENT_WRITES.has(status))))
    return "client"
  return onManager ? "agency" : null
}

function changesReadOnly(
  link: ClientLinkInput,
  current: ClientLink,
): string | null {
  for (const m of READ_ONLY) {
    const sent = link[m]
    if (sent === null || sent === undefined) continue
    const now = current[m]
    const same =
      DATES.has(m) && typeof sent === "string" && typeof now === "string"
        ? parseWireDate(sent) === parseWireDate(now)
        : sent === now
    if (!same) return m
  }
  return null
}

function updateOne(
  ctx: LinkContext,
  caller: Caller,
  link: ClientLinkInput,
): OperationError[] | null {
  const err = (name: ErrorName, details: string | null = null) => [
    operationError(name, details),
  ]
  for (const m of IDENTIFYING)
    if (link[m] == null)
      return err("ClientLinkFieldInvalid", `${m} is required.`)
  const pair = findPair(ctx, link)
  if (!pair) return err("ClientLinkNotFound")
  const rec = pair.latest
  const actor = actorOf(caller, pair, link.Status ?? null)
  if (!actor) return err("UserIsNotAuthorized")
  const side =
    actor === "agency" ? pair.managingCustomerId : pair.ownerCustomerId
  if (!canWrite(caller, side, pair.type))
    return err("UserIsNotAuthorized", "Role")
  if (!link.Status) return err("ClientLinkFieldInvalid", "Status is required.")
  if (!link.Timestamp)
    return err("ClientLinkFieldInvalid", "Timestamp is required.")
  if (decodeStamp(link.Timestamp) !== rec.stamp) return err("TimestampNotMatch")
  const readOnly = changesReadOnly(link, toWire(rec, ctx.directory))
  if (readOnly) return err("ClientLinkUpdateNotAllowed", readOnly)
  // UnlinkRequested is written, UnlinkPending is what is read back.
  const shownTarget =
    link.Status === "UnlinkRequested" ? "UnlinkPending" : link.Status
  const noteOnly = shownTarget === rec.status
  if (!noteOnly) {
    const refusal = refuseStatusUpdate(actor, rec.status, link.Status)
    if (refusal) return err(REFUSAL_CODE[refusal], refusal)
    if (
      link.Status === "LinkAccepted" &&
      pair.type === "AccountLink" &&
      managedByAnother(ctx, pair.clientEntityId, pair.managingCustomerId)
    )
      return err("ManagedByAnotherAgency")
  } else if (refuseStatusUpdate(actor, rec.status, rec.status) === "LinkEnded")
    return err("ClientLinkUpdateNotAllowed", "LinkEnded")

  const now = ctx.clock.now().getTime()
  if (link.Note != null) rec.note = link.Note
  rec.lastModified = now
  rec.lastModifiedByUserId = caller.user.Id
  rec.stamp = ctx.store.nextStamp()
  if (!noteOnly) {
    rec.status = shownTarget
    ctx.queue.schedule(rec, now)
  }
  return null
}

/** PUT /CustomerManagement/v13/ClientLinks (spec §5, §8). */
export function updateLinks(
  ctx: LinkContext,
  caller: Caller,
  body: unknown,
  trackingId: string,
): OpResult {
  const parsed = parseWriteRequest(body, trackingId)
  if ("fault" in parsed) return parsed.fault
  return writeResult(parsed.links.map((link) => updateOne(ctx, caller, link)))
}
