import { createParser } from "nuqs/server"

import type { GridQueryInput } from "@/lib/contract/grid"
import {
  GRID_QUERY,
  type GridQuery,
  type QueryField,
} from "@/lib/contract/grid-query"
import type { Actor } from "@/lib/link-rules/status"
import { GRID_DEFAULTS, type ViewId } from "@/lib/grid/views"

/** A field of the one query definition as a nuqs parser, its default out of the URL. */
const parserOf = <T extends NonNullable<unknown>>(
  field: QueryField<T>,
  fallback: T = field.default,
) =>
  createParser({
    parse: field.parse,
    serialize: field.serialize,
    ...(field.eq ? { eq: field.eq } : {}),
  }).withDefault(fallback)

/** A client opens on its pending invitations; an agency on all its links. */
export const defaultViewFor = (actor: Actor): ViewId =>
  actor === "client" ? "pending" : GRID_DEFAULTS.view

/**
 * The grid's URL state: typed, and every default stays out of the URL (clearOnDefault).
 * A page may open on another view by default ("Invitations for you" opens on Pending).
 */
export const gridParamsFor = (defaultView: ViewId = GRID_DEFAULTS.view) => ({
  view: parserOf(GRID_QUERY.view, defaultView),
  q: parserOf(GRID_QUERY.q),
  accounts: parserOf(GRID_QUERY.accounts),
  customers: parserOf(GRID_QUERY.customers),
  sort: parserOf(GRID_QUERY.sort),
  order: parserOf(GRID_QUERY.order),
  page: parserOf(GRID_QUERY.page),
  pageSize: parserOf(GRID_QUERY.pageSize),
})

export type GridParams = GridQuery

/** The same state as the API's query string (what gridQuerySchema parses). */
export function toSearchParams(p: GridParams): URLSearchParams {
  const input: Record<keyof GridQueryInput, string> = {
    view: p.view,
    q: p.q,
    accounts: GRID_QUERY.accounts.serialize(p.accounts),
    customers: GRID_QUERY.customers.serialize(p.customers),
    sort: p.sort,
    order: p.order,
    page: String(Math.max(1, p.page)),
    pageSize: String(p.pageSize),
  }
  return new URLSearchParams(Object.entries(input).filter(([, v]) => v !== ""))
}
