import type { ClientLink, OperationError } from "@/lib/ads-api/wire"

import { operationError, type CodeName } from "../faults-wire"
import type { Caller, OpResult } from "../types"
import { canWrite, hasRole } from "./access"
import { accountRefusal } from "./add"
import type { LinkInput } from "./add-rules"
import type { LinkContext } from "./context"
import { decodeStamp, parseWireDate, toWire } from "./render"
import { parseWriteRequest, writeResult } from "./request"
import { CLIENT_WRITES, refuseWrite, storedAs, type Writer } from "./statuses"
import type { Pair } from "./store"

/** Members an update may not change; a different non-null value → 3083. */
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
/** Update identifies the link by these, all required. */
const IDENTIFYING = [
  "ClientEntityId",
  "ClientEntityNumber",
  "ManagingCustomerId",
  "ManagingCustomerNumber",
] as const
const DATES = new Set<keyof ClientLink>(["StartDate", "LastModifiedDateTime"])

/** The pair of the given Type first; a link of the other Type is found too, so that a changed Type is a 3083. */
function findPair(ctx: LinkContext, link: LinkInput): Pair | undefined {
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
): Writer | null {
  const onManager = hasRole(caller, pair.managingCustomerId)
  const onOwner = hasRole(caller, pair.ownerCustomerId)
  if (onOwner && (!onManager || (status !== null && CLIENT_WRITES.has(status))))
    return "client"
  return onManager ? "agency" : null
}

/** The agency that created the link's client account for its client, if any. */
const createdBy = (ctx: LinkContext, pair: Pair): string | null =>
  pair.type === "AccountLink"
    ? (ctx.directory.accounts.get(pair.clientEntityId)?.createdByAgencyId ??
      null)
    : null

function changesReadOnly(link: LinkInput, current: ClientLink): string | null {
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
  link: LinkInput,
): OperationError[] | null {
  const err = (name: CodeName, details: string | null = null) => [
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
  const refused = refuseWrite(actor, rec.status, link.Status)
  if (refused) return err(refused.code, refused.details)
  const shownTarget = storedAs(link.Status)
  const noteOnly = shownTarget === rec.status
  if (link.Status === "UnlinkRequested" && createdBy(ctx, pair) === side)
    return err("ClientLinkUpdateNotAllowed", "AgencyCreatedAccount")
  if (link.Status === "LinkAccepted" && pair.type === "AccountLink") {
    const other = accountRefusal(
      ctx,
      pair.clientEntityId,
      pair.managingCustomerId,
    )
    if (other && other !== "TooManyManagers") return err(other)
  }

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

/** PUT /CustomerManagement/v13/ClientLinks. */
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
