import type { ErrorName } from "@/lib/ads-api/error-codes"
import type {
  OrderBy,
  Paging,
  Predicate,
  PredicateField,
} from "@/lib/ads-api/wire"

/**
 * SearchClientLinks request rules (docs/client-link-api.md, "Search"). Undocumented cases are our documented choice,
 * always the stricter reading, so nothing passes here that the real service may refuse:
 * 0 predicates → 3079; more than 2, the same field twice, an unknown field, a value that is
 * not a list of ids → 3030; Size outside 1..100 or Index below 0 → 3080.
 */

export const SEARCH_PAGE_SIZE_MAX = 100
export const IN_VALUES_MAX = 10
/** The generic Predicate page asks for at least 4 characters in Value. */
const VALUE_MIN_LENGTH = 4

export const PREDICATE_OPERATORS: Readonly<
  Record<PredicateField, readonly string[]>
> = {
  ClientAccountId: ["Equals", "In"],
  ClientCustomerId: ["Equals", "In"],
  DirectManagingCustomerId: ["Equals"],
  ManagingCustomerId: ["Equals"],
}

const FORBIDDEN_PAIRS: readonly [PredicateField, PredicateField][] = [
  ["DirectManagingCustomerId", "ManagingCustomerId"],
  ["ClientAccountId", "ClientCustomerId"],
]

export const SORTABLE_FIELDS = ["Id", "Name", "Number"] as const

export interface SearchViolation {
  error: ErrorName
  message: string
}

const isField = (f: string): f is PredicateField =>
  Object.hasOwn(PREDICATE_OPERATORS, f)
const ID = /^\d{1,19}$/

function checkPredicate(p: Predicate): SearchViolation | null {
  const invalid = (message: string): SearchViolation => ({
    error: "InvalidPredicate",
    message,
  })
  if (!isField(p.Field)) return invalid(`Unknown predicate field ${p.Field}.`)
  if (!PREDICATE_OPERATORS[p.Field].includes(p.Operator))
    return invalid(`Operator ${p.Operator} is not supported for ${p.Field}.`)
  if (p.Value.length < VALUE_MIN_LENGTH)
    return invalid(
      `Value of ${p.Field} must be at least ${VALUE_MIN_LENGTH} characters.`,
    )
  const values = p.Operator === "In" ? p.Value.split(",") : [p.Value]
  if (values.length > IN_VALUES_MAX)
    return invalid(`In takes at most ${IN_VALUES_MAX} values.`)
  if (!values.every((v) => ID.test(v.trim())))
    return invalid(`Value of ${p.Field} must be ids.`)
  return null
}

export function checkSearchRequest(req: {
  Predicates?: Predicate[] | null
  Ordering?: OrderBy[] | null
  PageInfo?: Paging | null
}): SearchViolation | null {
  const predicates = req.Predicates ?? []
  if (predicates.length === 0)
    return {
      error: "PredicatesRequired",
      message: "At least one predicate is required.",
    }
  if (predicates.length > 2)
    return {
      error: "InvalidPredicate",
      message: "At most 2 predicates are allowed.",
    }
  for (const p of predicates) {
    const v = checkPredicate(p)
    if (v) return v
  }
  const fields = predicates.map((p) => p.Field)
  if (new Set(fields).size !== fields.length)
    return {
      error: "InvalidPredicate",
      message: "The same predicate field cannot be used twice.",
    }
  for (const [a, b] of FORBIDDEN_PAIRS)
    if (fields.includes(a) && fields.includes(b))
      return {
        error: "InvalidPredicate",
        message: `${a} and ${b} cannot be combined.`,
      }

  const order = req.Ordering?.[0]
  if (order && !(SORTABLE_FIELDS as readonly string[]).includes(order.Field))
    return {
      error: "InvalidPredicate",
      message: `Ordering by ${order.Field} is not supported.`,
    }

  const page = req.PageInfo
  if (!page)
    return { error: "InvalidPageInfo", message: "PageInfo is required." }
  if (page.Index < 0)
    return {
      error: "InvalidPageInfo",
      message: "PageInfo.Index must be 0 or more.",
    }
  if (page.Size < 1 || page.Size > SEARCH_PAGE_SIZE_MAX)
    return {
      error: "InvalidPageInfo",
      message: `PageInfo.Size must be 1 to ${SEARCH_PAGE_SIZE_MAX}.`,
    }
  return null
}

/** The ids of an Equals or In predicate value. */
export const predicateIds = (p: Predicate): string[] =>
  p.Value.split(",").map((v) => v.trim())
