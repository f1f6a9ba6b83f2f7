import {
  checkAddClientLink,
  NAME_MAX_LENGTH,
  type ClientLinkInput,
} from "@/lib/link-rules/add"
import {
  INVITE_BLOCKING_STATUSES,
  type ClientLinkStatus,
} from "@/lib/link-rules/status"
import type { ClientLinkType, OperationError } from "@/lib/ads-api/wire"

import { operationError } from "../faults-wire"
import type { Account, Caller, Customer, OpResult } from "../types"
import { canWrite } from "./access"
import type { LinkContext } from "./context"
import { parseWireDate } from "./render"
import { parseWriteRequest, writeResult } from "./request"
import type { LinkRecord } from "./store"

/** An account link from another manager in one of these makes a new invitation fail with 1424. */
export const MANAGED_STATUSES: ReadonlySet<ClientLinkStatus> = new Set([
  "Active",
  "LinkAccepted",
  "LinkInProgress",
  "UnlinkPending",
  "UnlinkInProgress",
])

/** Our default Name (the service's format is undocumented): at most 40 characters. */
export const defaultLinkName = (entityNumber: string, managerNumber: string) =>
  `Link ${entityNumber} to ${managerNumber}`.slice(0, NAME_MAX_LENGTH)

/** True when a manager other than `managerId` holds the account in MANAGED_STATUSES. */
export function managedByAnother(
  ctx: LinkContext,
  accountId: string,
  managerId: string,
): boolean {
  return (ctx.store.byClientAccount.get(accountId) ?? []).some(
    (p) =>
      p.managingCustomerId !== managerId &&
      MANAGED_STATUSES.has(p.latest.status),
  )
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
  link: ClientLinkInput,
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
  link: ClientLinkInput,
): OperationError[] | null {
  const violations = checkAddClientLink(link, ctx.addRules)
  if (violations.length > 0)
    return violations.map((v) =>
      operationError(v.error, `${v.field}: ${v.message}`),
    )
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
  if (pair && INVITE_BLOCKING_STATUSES.has(pair.latest.status))
    return [operationError("InvitationAlreadySent", pair.latest.status)]
  if (
    type === "AccountLink" &&
    managedByAnother(ctx, client.entity.Id, manager.Id)
  )
    return [operationError("ManagedByAnotherAgency")]

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

/** POST /CustomerManagement/v13/ClientLinks (spec §4, §8). */
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
