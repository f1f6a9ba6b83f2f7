import {
  GRID_DEFAULTS,
  ID_FILTER_MAX,
  SORT_KEYS,
  SORT_ORDERS,
  VIEW_IDS,
} from "@/lib/grid/views"
import { SEARCH_PAGE_SIZE_MAX } from "@/lib/link-rules/search"

/**
 * The grid's URL query, defined once and zod-free: the browser's URL state
 * (components/client-links/grid-params.ts) and the route's schema (./grid.ts) are both
 * built from these fields, so a URL means the same state on both sides. A text that does not
 * parse is a 400 on the server and the field's default in the browser.
 */
export interface QueryField<T> {
  /** The value of the field's URL text, or null when the text is not valid. */
  parse: (text: string) => T | null
  serialize: (value: T) => string
  default: T
  /** Why a text is refused, for the route's 400. */
  invalid: string
  eq?: (a: T, b: T) => boolean
}

const oneOf = <T extends string>(
  values: readonly T[],
  fallback: T,
): QueryField<T> => ({
  parse: (text) => (values.includes(text as T) ? (text as T) : null),
  serialize: String,
  default: fallback,
  invalid: `one of ${values.join(", ")}`,
})

const integer = (min: number, max: number, fallback: number) => ({
  parse: (text: string) => {
    const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN
    return Number.isInteger(n) && n >= min && n <= max ? n : null
  },
  serialize: String,
  default: fallback,
  invalid: `a whole number from ${min} to ${max}`,
})

/** Ids stay strings: they are longs, past Number.MAX_SAFE_INTEGER in general. */
export const isGridId = (text: string): boolean => /^\d{1,19}$/.test(text)
const idList: QueryField<string[]> = {
  parse: (text) => {
    const ids = text
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean)
    return ids.length <= ID_FILTER_MAX && ids.every(isGridId) ? ids : null
  },
  serialize: (ids) => ids.join(","),
  default: [],
  invalid: `at most ${ID_FILTER_MAX} ids of digits, separated by commas`,
  eq: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
}

const TEXT_MAX = 100
const text: QueryField<string> = {
  parse: (t) => {
    const trimmed = t.trim()
    return trimmed.length <= TEXT_MAX ? trimmed : null
  },
  serialize: (t) => t,
  default: GRID_DEFAULTS.q,
  invalid: `at most ${TEXT_MAX} characters`,
}

export const GRID_QUERY = {
  view: oneOf(VIEW_IDS, GRID_DEFAULTS.view),
  q: text,
  accounts: idList,
  customers: idList,
  sort: oneOf(SORT_KEYS, GRID_DEFAULTS.sort),
  order: oneOf(SORT_ORDERS, GRID_DEFAULTS.order),
  /** 1-based in our URL; the API's Index counts from 0. */
  page: integer(1, 100_000, GRID_DEFAULTS.page),
  /** The grid offers PAGE_SIZES; the route serves any size a search page can hold. */
  pageSize: integer(1, SEARCH_PAGE_SIZE_MAX, GRID_DEFAULTS.pageSize),
}

type FieldValue<F> = F extends QueryField<infer T> ? T : never
export type GridQuery = {
  -readonly [K in keyof typeof GRID_QUERY]: FieldValue<(typeof GRID_QUERY)[K]>
}
export type GridQueryKey = keyof GridQuery
export const GRID_QUERY_KEYS = Object.keys(GRID_QUERY) as GridQueryKey[]
