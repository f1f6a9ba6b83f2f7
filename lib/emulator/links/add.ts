import type { ClientLinkType, OperationError } from "@/lib/ads-api/wire"

import { operationError, type CodeName } from "../faults-wire"
import type { Account, Caller, Customer, OpResult } from "../types"
import { canWrite } from "./access"
import { fieldErrors, LINK_NAME_MAX, type LinkInput } from "./add-rules"
import type { LinkContext } from "./context"
import { parseWireDate } from "./render"
import { parseWriteRequest, writeResult } from "./request"
import {
  BLOCKS_NEW_INVITATION,
  ENDED,
  IN_TRANSITION,
  MANAGING,
  MAX_DIRECT_MANAGERS,
} from "./statuses"
import type { LinkRecord } from "./store"

/** Our default Name (the service's format is undocumented): at most 40 characters. */
export const defaultLinkName = (entityNumber: string, managerNumber: string) =>
  `Link ${entityNumber} to ${managerNumber}`.slice(0, LINK_NAME_MAX)

/**
 * Why the links other managers hold on `accountId` stop `managerId` from linking it, or
 * null: the account is mid-transition (1472), managed by another (1424), or already has
 * the most direct managers it may have (open links, pending invitations included).
 */
export function accountRefusal(
  ctx: LinkContext,
  accountId: string,
  managerId: string,
): CodeName | null {
  const pairs = ctx.store.byClientAccount.get(accountId) ?? []
  if (pairs.some((p) => IN_TRANSITION.has(p.latest.status)))
    return "AccountLinkInProgress"
  const others = pairs.filter((p) => p.managingCustomerId !== managerId)
  if (others.some((p) => MANAGING.has(p.latest.status)))
    return "ManagedByAnotherAgency"
  const open = new Set(
    others
      .filter((p) => !ENDED.has(p.latest.status))
      .map((p) => p.managingCustomerId),
  )
  return open.size >= MAX_DIRECT_MANAGERS ? "TooManyManagers" : null
}

type Resolved =
  | {
      entity: Account | Customer
      ownerId: string
      number: string
      account?: Account
    }
  | { error: OperationError }

function resolveClient(
  ctx: LinkContext,
  link: LinkInput,
  type: ClientLinkType,
): Resolved {
  const id = link.ClientEntityId ?? null
  const number = link.ClientEntityNumber ?? null
  const mismatch = (d: string) => ({
    error: operationError("LinkPairMismatch", d),
  })
  if (type === "CustomerLink") {
    const c = number !== null ? ctx.numbers.customer(number) : undefined
    if (!c)
      return {
        error: operationError("ClientEntityNotFound", "ClientEntityNumber"),
      }
    if (id !== null && id !== c.Id) return mismatch("ClientEntityId")
    return { entity: c, ownerId: c.Id, number: c.Number }
  }
  const a =
    id !== null
      ? ctx.directory.accounts.get(id)
      : number !== null
        ? ctx.numbers.account(number)
        : undefined
  if (!a)
    return { error: operationError("ClientEntityNotFound", "ClientEntityId") }
  if (number !== null && number !== a.Number)
    return mismatch("ClientEntityNumber")
  const owner = ctx.directory.customers.get(a.ParentCustomerId)
  const ownerNumber = link.ClientEntityCustomerNumber ?? null
  if (ownerNumber !== null && ownerNumber !== owner?.Number)
    return mismatch("ClientEntityCustomerNumber")
  return {
    entity: a,
    ownerId: a.ParentCustomerId,
    number: a.Number,
    account: a,
  }
}

function addOne(
  ctx: LinkContext,
  caller: Caller,
  link: LinkInput,
): OperationError[] | null {
  const invalid = fieldErrors(link, ctx.addRules)
  if (invalid.length > 0) return invalid
  const type = link.Type ?? "AccountLink"
  const manager =
    link.ManagingCustomerId != null
      ? ctx.directory.customers.get(link.ManagingCustomerId)
      : ctx.numbers.customer(link.ManagingCustomerNumber ?? "")
  if (!manager || !canWrite(caller, manager.Id, type))
    return [operationError("UserIsNotAuthorized", "ManagingCustomerId")]
  const client = resolveClient(ctx, link, type)
  if ("error" in client) return [client.error]
  if (client.ownerId === manager.Id)
    return [
      operationError(
        "ClientLinkFieldInvalid",
        "A customer cannot manage itself.",
      ),
    ]
  if (client.account?.prepaid)
    return [operationError("PrepaidAccountNotAllowed")]
  const pair = ctx.store.get(manager.Id, type, client.entity.Id)
  const latest = pair?.latest.status
  if (latest && IN_TRANSITION.has(latest))
    return [operationError("AccountLinkInProgress", latest)]
  if (latest && BLOCKS_NEW_INVITATION.has(latest))
    return [operationError("InvitationAlreadySent", latest)]
  const refusal =
    type === "AccountLink"
      ? accountRefusal(ctx, client.entity.Id, manager.Id)
      : null
  if (refusal) return [operationError(refusal)]

  const now = ctx.clock.now().getTime()
  const user = caller.user
  const rec: LinkRecord = {
    type,
    clientEntityId: client.entity.Id,
    managingCustomerId: manager.Id,
    name: link.Name ?? defaultLinkName(client.number, manager.Number),
    note: link.Note ?? null,
    inviterEmail: link.InviterEmail ?? user.Email,
    inviterName:
      link.InviterName ??
      ctx.directory.customers.get(user.CustomerId)?.Name ??
      `${user.FirstName} ${user.LastName}`,
    inviterPhone: link.InviterPhone ?? user.Phone,
    isBillToClient:
      type === "AccountLink" ? (link.IsBillToClient ?? null) : null,
    startDate: link.StartDate ? parseWireDate(link.StartDate) : now,
    status: "LinkPending",
    suppressNotification: link.SuppressNotification ?? false,
    customerLinkPermission: link.CustomerLinkPermission ?? null,
    sentAt: now,
    lastModified: now,
    lastModifiedByUserId: user.Id,
    stamp: ctx.store.nextStamp(),
    due: null,
  }
  ctx.store.insert(rec)
  ctx.queue.schedule(rec, now)
  return null
}

/** POST /CustomerManagement/v13/ClientLinks. */
export function addLinks(
  ctx: LinkContext,
  caller: Caller,
  body: unknown,
  trackingId: string,
): OpResult {
  const parsed = parseWriteRequest(body, trackingId)
  if ("fault" in parsed) return parsed.fault
  return writeResult(parsed.links.map((link) => addOne(ctx, caller, link)))
}
