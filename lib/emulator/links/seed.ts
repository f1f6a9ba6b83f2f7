import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"

import { ROLE, type SeedPlan, type User } from "../types"
import { defaultLinkName } from "./add"
import type { LinkContext } from "./context"
import { dueFor } from "./lifecycle"
import { DAY, mainDrafts, type Draft } from "./seed-drafts"
import { createRandom, NAME_TAGS, NOTES } from "./seed-random"
import type { LinkRecord } from "./store"

/** Who set each status: the agency, the client or the system (user null). */
const SET_BY: Partial<Record<ClientLinkStatus, "agency" | "client">> = {
  LinkPending: "agency",
  LinkCanceled: "agency",
  UnlinkPending: "agency",
  LinkAccepted: "client",
  LinkDeclined: "client",
}

/** Links built on the directory seed's plan (docs/emulator-links.md, "Seed"). */
export function seedLinks(
  ctx: LinkContext,
  plan: SeedPlan,
  options: { seed: number; links: number },
): void {
  const rand = createRandom(options.seed)
  const now = ctx.clock.now().getTime()
  const dir = ctx.directory
  const usersOf = new Map<string, User[]>()
  for (const u of dir.users.values())
    for (const r of u.roles)
      if (r.RoleId === ROLE.SuperAdmin || r.RoleId === ROLE.Standard)
        if (usersOf.has(r.CustomerId)) usersOf.get(r.CustomerId)!.push(u)
        else usersOf.set(r.CustomerId, [u])

  const put = (d: Draft) => {
    const type = d.type ?? "AccountLink"
    const inviter = rand.pick(usersOf.get(d.manager) ?? [null])
    const owner =
      type === "AccountLink"
        ? dir.accounts.get(d.entity)?.ParentCustomerId
        : d.entity
    const clientUser = rand.pick(usersOf.get(owner ?? "") ?? [null])
    const by = SET_BY[d.status]
    const entityName =
      (type === "AccountLink"
        ? dir.accounts.get(d.entity)
        : dir.customers.get(d.entity)
      )?.Name ?? d.entity
    const entityNumber =
      (type === "AccountLink"
        ? dir.accounts.get(d.entity)
        : dir.customers.get(d.entity)
      )?.Number ?? d.entity
    const rec: LinkRecord = {
      type,
      clientEntityId: d.entity,
      managingCustomerId: d.manager,
      name: rand.chance(0.4)
        ? defaultLinkName(
            entityNumber,
            dir.customers.get(d.manager)?.Number ?? d.manager,
          )
        : `${entityName.slice(0, 28)} ${rand.pick(NAME_TAGS)}`.slice(0, 40),
      note: rand.chance(0.35) ? rand.pick(NOTES) : null,
      inviterEmail: inviter?.Email ?? null,
      inviterName: dir.customers.get(d.manager)?.Name ?? null,
      inviterPhone: inviter?.Phone ?? null,
      isBillToClient: type === "AccountLink" ? rand.chance(0.3) : null,
      startDate: d.startDate ?? d.sentAt,
      status: d.status,
      suppressNotification: rand.chance(0.1),
      customerLinkPermission:
        type === "CustomerLink"
          ? rand.pick(["Administrative", "Standard"] as const)
          : null,
      sentAt: d.sentAt,
      lastModified: d.at,
      lastModifiedByUserId:
        by === "agency"
          ? (inviter?.Id ?? null)
          : by === "client"
            ? (clientUser?.Id ?? null)
            : null,
      stamp: ctx.store.nextStamp(),
      due: null,
    }
    rec.due = dueFor(rec, d.at)
    ctx.store.insert(rec)
    ctx.queue.requeue(rec)
  }

  const agency = plan.agencyCustomerId
  const clientAccounts = new Set(plan.clientAccountIds)
  const mainAccounts = plan.linkedAccountIds.filter(
    (id) => !clientAccounts.has(id),
  )
  const n = Math.min(options.links, mainAccounts.length)
  for (let i = 0; i < n; i++)
    for (const d of mainDrafts(rand, now, agency, mainAccounts[i]!)) put(d)

  // A few customer links: to customers that own some of the linked accounts.
  const reserved = new Set([
    agency,
    plan.otherAgencyCustomerId,
    plan.clientCustomerId,
  ])
  const owners = new Set<string>()
  for (const id of mainAccounts.slice(0, 500)) {
    const owner = dir.accounts.get(id)?.ParentCustomerId
    if (owner && !reserved.has(owner)) owners.add(owner)
    if (owners.size >= 5) break
  }
  ;[...owners].forEach((entity, i) =>
    put({
      type: "CustomerLink",
      manager: agency,
      entity,
      status: i < 3 ? "Active" : "LinkPending",
      sentAt: now - (i + 1) * 4 * DAY,
      at: now - (i + 1) * 4 * DAY + (i < 3 ? DAY : 0),
    }),
  )

  // The other agency: Active on the accounts it manages, plus ~50 links that block nothing.
  const other = plan.otherAgencyCustomerId
  for (const entity of plan.managedByOtherAgencyAccountIds)
    put({
      manager: other,
      entity,
      status: "Active",
      sentAt: now - 200 * DAY,
      at: now - 190 * DAY,
    })
  const step = Math.max(1, Math.floor(n / 50))
  const otherStatuses = [
    "Inactive",
    "LinkDeclined",
    "LinkExpired",
    "LinkCanceled",
    "LinkPending",
  ] as const
  for (let i = 0; i < Math.min(50, n); i++) {
    const status = otherStatuses[i % otherStatuses.length]!
    const sentAt =
      now -
      (status === "LinkPending" ? rand.int(1, 20) : rand.int(40, 400)) * DAY
    put({
      manager: other,
      entity: mainAccounts[i * step]!,
      status,
      sentAt,
      at: sentAt + DAY,
    })
  }

  // The client persona: pending invitations, one pending customer link, one Active link.
  const [a0, a1, a2, a3, a4] = plan.clientAccountIds
  for (const entity of [a0, a1, a2, a3].filter((x) => x !== undefined)) {
    const sentAt = now - rand.int(1, 10) * DAY
    put({ manager: agency, entity, status: "LinkPending", sentAt, at: sentAt })
  }
  put({
    type: "CustomerLink",
    manager: agency,
    entity: plan.clientCustomerId,
    status: "LinkPending",
    sentAt: now - 2 * DAY,
    at: now - 2 * DAY,
  })
  // a4: an Active link of the client persona; then the accounts the agency created.
  for (const entity of [
    ...(a4 === undefined ? [] : [a4]),
    ...plan.agencyCreatedAccountIds,
  ])
    put({
      manager: agency,
      entity,
      status: "Active",
      sentAt: now - 60 * DAY,
      at: now - 59 * DAY,
    })
}
