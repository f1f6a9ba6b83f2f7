import type { OrderBy, Paging, Predicate } from "@/lib/ads-api/wire"

import type { CodeName } from "../faults-wire"

/**
 * The request rules of SearchClientLinks (docs/emulator-links.md, "Search requests"):
 * 1 or 2 predicates over four fields, each field with its operators; values are ids; a
 * page of 1 to 100 links counted from zero. There is no status predicate and the answer
 * has no total count, so a caller pages until a page comes back short.
 */
export const PAGE_SIZE_MAX = 100
export const IN_LIST_MAX = 10
const VALUE_MIN_CHARS = 4

export const OPERATORS_BY_FIELD = {
  ClientAccountId: ["Equals", "In"],
  ClientCustomerId: ["Equals", "In"],
  DirectManagingCustomerId: ["Equals"],
  ManagingCustomerId: ["Equals"],
} as const satisfies Record<string, readonly string[]>
export type SearchField = keyof typeof OPERATORS_BY_FIELD

const EXCLUSIVE: readonly (readonly [SearchField, SearchField])[] = [
  ["ClientAccountId", "ClientCustomerId"],
  ["DirectManagingCustomerId", "ManagingCustomerId"],
]
export const ORDER_FIELDS: readonly string[] = ["Id", "Name", "Number"]

export interface SearchRefusal {
  code: CodeName
  details: string
}

const isField = (f: string): f is SearchField =>
  Object.hasOwn(OPERATORS_BY_FIELD, f)
const LONG = /^\d{1,19}$/

/** The ids an Equals or In value names, trimmed. */
export const valueIds = (p: Predicate): string[] =>
  p.Value.split(",").map((v) => v.trim())

function predicateRefusal(p: Predicate): string | null {
  if (!isField(p.Field)) return `${p.Field} is not a predicate field.`
  const ops: readonly string[] = OPERATORS_BY_FIELD[p.Field]
  if (!ops.includes(p.Operator)) return `${p.Field} takes ${ops.join(" or ")}.`
  if (p.Value.length < VALUE_MIN_CHARS)
    return `A value has at least ${VALUE_MIN_CHARS} characters.`
  const ids = p.Operator === "In" ? valueIds(p) : [p.Value.trim()]
  if (ids.length > IN_LIST_MAX) return `In takes up to ${IN_LIST_MAX} ids.`
  return ids.every((id) => LONG.test(id)) ? null : `${p.Field} takes ids.`
}

/** Why the service refuses this search request, or null. */
export function searchRefusal(req: {
  Predicates?: Predicate[] | null
  Ordering?: OrderBy[] | null
  PageInfo?: Paging | null
}): SearchRefusal | null {
  const predicate = (details: string): SearchRefusal => ({
    code: "InvalidPredicate",
    details,
  })
  const page = (details: string): SearchRefusal => ({
    code: "InvalidPageInfo",
    details,
  })
  const predicates = req.Predicates ?? []
  if (predicates.length === 0)
    return { code: "PredicatesRequired", details: "Predicates" }
  if (predicates.length > 2) return predicate("Send 1 or 2 predicates.")
  for (const p of predicates) {
    const why = predicateRefusal(p)
    if (why) return predicate(why)
  }
  const fields = predicates.map((p) => p.Field)
  if (fields[0] === fields[1]) return predicate(`${fields[0]} twice.`)
  for (const [a, b] of EXCLUSIVE)
    if (fields.includes(a) && fields.includes(b))
      return predicate(`${a} with ${b}.`)
  const order = req.Ordering?.[0]
  if (order && !ORDER_FIELDS.includes(order.Field))
    return predicate(`Ordering by ${order.Field}.`)

  const info = req.PageInfo
  if (!info) return page("PageInfo is required.")
  if (info.Index < 0) return page("Index counts from 0.")
  if (info.Size < 1 || info.Size > PAGE_SIZE_MAX)
    return page(`Size is 1 to ${PAGE_SIZE_MAX}.`)
  return null
}
