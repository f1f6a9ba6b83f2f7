import {
  createParser,
  parseAsArrayOf,
  parseAsInteger,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server"

import type { GridQueryInput } from "@/lib/contract/grid"
import type { Actor } from "@/lib/link-rules/status"
import {
  GRID_DEFAULTS,
  PAGE_SIZES,
  SORT_KEYS,
  SORT_ORDERS,
  VIEW_IDS,
  type ViewId,
} from "@/lib/grid/views"

/** Ids stay strings: they are longs, past Number.MAX_SAFE_INTEGER in general. */
const parseAsId = createParser({
  parse: (v) => (/^\d{1,19}$/.test(v) ? v : null),
  serialize: (v: string) => v,
})

/** A client opens on its pending invitations; an agency on all its links. */
export const defaultViewFor = (actor: Actor): ViewId =>
  actor === "client" ? "pending" : GRID_DEFAULTS.view

/**
 * The grid's URL state: typed, and every default stays out of the URL (clearOnDefault).
 * A page may open on another view by default ("Invitations for you" opens on Pending).
 */
export const gridParamsFor = (defaultView: ViewId = GRID_DEFAULTS.view) => ({
  view: parseAsStringLiteral(VIEW_IDS).withDefault(defaultView),
  q: parseAsString.withDefault(GRID_DEFAULTS.q),
  accounts: parseAsArrayOf(parseAsId).withDefault([]),
  customers: parseAsArrayOf(parseAsId).withDefault([]),
  sort: parseAsStringLiteral(SORT_KEYS).withDefault(GRID_DEFAULTS.sort),
  order: parseAsStringLiteral(SORT_ORDERS).withDefault(GRID_DEFAULTS.order),
  page: parseAsInteger.withDefault(GRID_DEFAULTS.page),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(
    GRID_DEFAULTS.pageSize,
  ),
})

export interface GridParams {
  view: (typeof VIEW_IDS)[number]
  q: string
  accounts: string[]
  customers: string[]
  sort: (typeof SORT_KEYS)[number]
  order: (typeof SORT_ORDERS)[number]
  page: number
  pageSize: (typeof PAGE_SIZES)[number]
}

/** The same state as the API's query string (what gridQuerySchema parses). */
export function toSearchParams(p: GridParams): URLSearchParams {
  const input: Record<keyof GridQueryInput, string> = {
    view: p.view,
    q: p.q,
    accounts: p.accounts.join(","),
    customers: p.customers.join(","),
    sort: p.sort,
    order: p.order,
    page: String(Math.max(1, p.page)),
    pageSize: String(p.pageSize),
  }
  return new URLSearchParams(Object.entries(input).filter(([, v]) => v !== ""))
}
