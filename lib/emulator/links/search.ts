import type { z } from "zod"

import {
  searchClientLinksRequestSchema,
  type Predicate,
} from "@/lib/ads-api/wire"

import { fault } from "../faults-wire"
import type { Caller, OpResult } from "../types"
import { hasRole, roleCustomerIds } from "./access"
import type { LinkContext } from "./context"
import { toWire } from "./render"
import { searchRefusal, valueIds, type SearchField } from "./search-rules"
import type { SortField } from "./search-order"
import type { Pair } from "./store"

type Predicates = ReadonlyMap<SearchField, Predicate>

/** Order when Ordering is omitted (undocumented): client entity id, ascending. */
export const DEFAULT_ORDER = { Field: "Id", Order: "Ascending" } as const

const MANAGER_FIELDS = [
  "DirectManagingCustomerId",
  "ManagingCustomerId",
] as const

const ids = (p: Predicate) => [...new Set(valueIds(p))]

/** The latest link of every pair the predicates match, before visibility. */
function select(ctx: LinkContext, preds: Predicates): Pair[] {
  const { byClientAccount, byClientCustomer, byManager } = ctx.store
  const ca = preds.get("ClientAccountId")
  const cc = preds.get("ClientCustomerId")
  const dm = preds.get("DirectManagingCustomerId")?.Value.trim()
  const m = preds.get("ManagingCustomerId")?.Value.trim()
  const byDirect = (list: Pair[]) =>
    dm === undefined ? list : list.filter((p) => p.managingCustomerId === dm)
  // With ClientAccountId, ManagingCustomerId is ignored.
  if (ca)
    return byDirect(ids(ca).flatMap((id) => byClientAccount.get(id) ?? []))
  if (cc) {
    // ManagingCustomerId matches account links only: AND with customer links is empty.
    if (m !== undefined) return []
    return byDirect(ids(cc).flatMap((id) => byClientCustomer.get(id) ?? []))
  }
  if (dm !== undefined) return byManager.get(dm) ?? []
  // ManagingCustomerId: this manager's account links plus other managers' links to the same accounts.
  const accounts = new Set<string>()
  for (const p of byManager.get(m ?? "") ?? [])
    if (p.type === "AccountLink") accounts.add(p.clientEntityId)
  return [...accounts].flatMap((id) => byClientAccount.get(id) ?? [])
}

/** The same selection as `select`, for one pair; null for ManagingCustomerId (not kept up, rebuilt). */
function matcher(preds: Predicates): ((p: Pair) => boolean) | null {
  const ca = preds.get("ClientAccountId")
  const cc = preds.get("ClientCustomerId")
  const dm = preds.get("DirectManagingCustomerId")?.Value.trim()
  const m = preds.get("ManagingCustomerId")
  const direct = (p: Pair) => dm === undefined || p.managingCustomerId === dm
  const among = (pred: Predicate, type: Pair["type"]) => {
    const set = new Set(ids(pred))
    return (p: Pair) =>
      p.type === type && set.has(p.clientEntityId) && direct(p)
  }
  if (ca) return among(ca, "AccountLink")
  if (cc) return m ? () => false : among(cc, "CustomerLink")
  if (dm !== undefined) return direct
  return null
}

const canonical = (preds: Predicates) =>
  [...preds.values()]
    .map((p) => `${p.Field}:${p.Operator}:${ids(p).sort().join(",")}`)
    .sort()
    .join("&")

function badBody(issues: readonly z.core.$ZodIssue[], trackingId: string) {
  const first = issues[0]
  const details = first ? `${first.path.join(".")}: ${first.message}` : null
  const onPage = issues.some((i) => i.path[0] === "PageInfo")
  return fault(
    onPage ? "InvalidPageInfo" : "InvalidPredicate",
    trackingId,
    details,
  )
}

/** POST /CustomerManagement/v13/ClientLinks/Search. */
export function searchLinks(
  ctx: LinkContext,
  caller: Caller,
  body: unknown,
  trackingId: string,
): OpResult {
  const parsed = searchClientLinksRequestSchema.safeParse(body ?? {})
  if (!parsed.success) return badBody(parsed.error.issues, trackingId)
  const req = parsed.data
  const refusal = searchRefusal(req)
  if (refusal) return fault(refusal.code, trackingId, refusal.details)
  const preds: Predicates = new Map(
    (req.Predicates ?? []).map((p) => [p.Field as SearchField, p]),
  )

  for (const f of MANAGER_FIELDS) {
    const p = preds.get(f)
    if (p && !hasRole(caller, p.Value.trim()))
      return fault("UserIsNotAuthorized", trackingId, f)
  }
  const roles = roleCustomerIds(caller)
  const agencySide = roles.some((r) => ctx.store.byManager.has(r))
  const namesManager = MANAGER_FIELDS.some((f) => preds.has(f))
  if (!namesManager && !agencySide)
    for (const p of preds.values())
      if (p.Operator !== "Equals")
        return fault(
          "InvalidPredicate",
          trackingId,
          "A client user may search one client account or customer at a time, with Equals.",
        )

  const order = req.Ordering?.[0] ?? DEFAULT_ORDER
  const field = order.Field as SortField
  const visible = new Set(roles)
  const canSee = (p: Pair) =>
    visible.has(p.managingCustomerId) || visible.has(p.ownerCustomerId)
  const match = matcher(preds)
  const { pairs: sorted } = ctx.cache.get(
    `${canonical(preds)}|${roles.join(",")}|${field}`,
    field,
    match && ((p) => match(p) && canSee(p)),
    () => select(ctx, preds).filter(canSee),
  )

  const page = req.PageInfo ?? { Index: 0, Size: 0 }
  const start = page.Index * page.Size
  const end = Math.min(start + page.Size, sorted.length)
  const rows: Pair[] = []
  const descending = order.Order === "Descending"
  for (let i = start; i < end; i++) {
    const pair = sorted[descending ? sorted.length - 1 - i : i]
    if (pair) rows.push(pair)
  }
  return {
    status: 200,
    body: { ClientLinks: rows.map((p) => toWire(p.latest, ctx.directory)) },
  }
}
