import type { GridQuery, LinkRow } from "@/lib/contract/grid"
import {
  emptyCounts,
  inView,
  type SortKey,
  type ViewCounts,
  viewsOfRow,
} from "./views"
import { CLIENT_LINK_STATUSES } from "@/lib/link-rules/status"

/**
 * Paging, sorting, filtering and counting over the gathered links, on our server: the API
 * can do none of these by status, and sorts only by id, name or manager number.
 */

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true })
const STATUS_RANK = new Map(CLIENT_LINK_STATUSES.map((s, i) => [s, i]))

type Key = string | number | null
const KEYS: Record<SortKey, (r: LinkRow) => Key> = {
  client: (r) => r.clientName,
  clientNumber: (r) => r.clientNumber,
  status: (r) => STATUS_RANK.get(r.status) ?? 0,
  billing: (r) => (r.isBillToClient === null ? null : r.isBillToClient ? 1 : 0),
  inviter: (r) => r.inviterName ?? r.inviterEmail,
  startDate: (r) => r.startDate && Date.parse(r.startDate),
  lastModified: (r) => r.lastModified && Date.parse(r.lastModified),
  name: (r) => r.name,
  note: (r) => r.note,
}

const compareKeys = (a: Key, b: Key): number => {
  // Empty values go last in both directions: they are never what a person sorts for.
  if (a === null || a === "") return b === null || b === "" ? 0 : 1
  if (b === null || b === "") return -1
  if (typeof a === "number" && typeof b === "number") return a - b
  return collator.compare(String(a), String(b))
}

/** Rows in the requested order; ties break on the pair key so pages never overlap. */
export function sortRows(
  rows: LinkRow[],
  sort: SortKey,
  order: "asc" | "desc",
) {
  const key = KEYS[sort]
  const sign = order === "asc" ? 1 : -1
  const keyed = rows.map((row) => ({ row, k: key(row) }))
  keyed.sort((x, y) => {
    const emptyX = x.k === null || x.k === ""
    const emptyY = y.k === null || y.k === ""
    if (emptyX !== emptyY) return emptyX ? 1 : -1
    const c = compareKeys(x.k, y.k) * sign
    return c !== 0
      ? c
      : x.row.key < y.row.key
        ? -1
        : x.row.key > y.row.key
          ? 1
          : 0
  })
  return keyed.map((k) => k.row)
}

type Filters = Pick<GridQuery, "q" | "accounts" | "customers">

export function matchesFilters(row: LinkRow, f: Filters): boolean {
  if (f.accounts.length > 0 || f.customers.length > 0) {
    const ids = row.type === "AccountLink" ? f.accounts : f.customers
    if (!ids.includes(row.clientId)) return false
  }
  if (f.q) {
    const q = f.q.toLowerCase()
    const hay = [row.name, row.clientName, row.clientNumber, row.clientId]
    if (!hay.some((v) => v?.toLowerCase().includes(q))) return false
  }
  return true
}

/** The rows of one view that match the filters, in order, and the counts of every view. */
export interface Selection {
  rows: LinkRow[]
  counts: ViewCounts
}

/** What a selection depends on: not the page, so every page of a view shares one. */
export type SelectQuery = Pick<
  GridQuery,
  "view" | "q" | "accounts" | "customers"
>

/** `sorted` is already in the requested order (see sortRows and GatherRun). */
export function selectRows(sorted: LinkRow[], q: SelectQuery): Selection {
  const counts = emptyCounts()
  const rows: LinkRow[] = []
  for (const row of sorted) {
    if (!matchesFilters(row, q)) continue
    counts.all++
    for (const view of viewsOfRow(row)) counts[view]++
    if (inView(q.view, row)) rows.push(row)
  }
  return { rows, counts }
}

export interface QueryResult {
  rows: LinkRow[]
  total: number
  counts: ViewCounts
}

/** One page of a selection. */
export function pageOf(selection: Selection, q: GridQuery): QueryResult {
  const start = (q.page - 1) * q.pageSize
  return {
    rows: selection.rows.slice(start, start + q.pageSize),
    total: selection.rows.length,
    counts: selection.counts,
  }
}

/** `sorted` is already in the requested order: one page, without memoising. */
export const queryRows = (sorted: LinkRow[], q: GridQuery): QueryResult =>
  pageOf(selectRows(sorted, q), q)

/** Every matching row of the view, in order: the export. */
export function* viewRows(sorted: LinkRow[], q: GridQuery): Generator<LinkRow> {
  for (const row of sorted)
    if (matchesFilters(row, q) && inView(q.view, row)) yield row
}
