import { describe, expect, it } from "vitest"

import type { OrderBy, Predicate } from "@/lib/ads-api/wire"
import { orderByFieldSchema, predicateOperatorSchema } from "@/lib/ads-api/wire"

import { searchRefusal, valueIds, type SearchField } from "./search-rules"

const PAGE = { Index: 0, Size: 100 }
const p = (Field: string, Value = "1001", Operator = "Equals"): Predicate =>
  ({ Field, Operator, Value }) as Predicate
const errorOf = (
  Predicates: Predicate[] | null | undefined,
  extra: { Ordering?: OrderBy[] | null; PageInfo?: typeof PAGE | null } = {},
) => searchRefusal({ Predicates, PageInfo: PAGE, ...extra })?.code ?? null

const FIELDS: SearchField[] = [
  "ClientAccountId",
  "ClientCustomerId",
  "DirectManagingCustomerId",
  "ManagingCustomerId",
]

describe("searchRefusal: how many predicates", () => {
  it("requires one (3079 PredicatesRequired) and allows 1 or 2, not 3", () => {
    expect(errorOf([])).toBe("PredicatesRequired")
    expect(errorOf(null)).toBe("PredicatesRequired")
    expect(errorOf(undefined)).toBe("PredicatesRequired")
    expect(errorOf([p("ClientAccountId")])).toBeNull()
    expect(
      errorOf([p("ClientAccountId"), p("DirectManagingCustomerId")]),
    ).toBeNull()
    expect(
      errorOf([
        p("ClientAccountId"),
        p("DirectManagingCustomerId"),
        p("ClientAccountId", "2002"),
      ]),
    ).toBe("InvalidPredicate")
  })
})

describe("searchRefusal: field × operator", () => {
  const allowed: Record<SearchField, string[]> = {
    ClientAccountId: ["Equals", "In"],
    ClientCustomerId: ["Equals", "In"],
    DirectManagingCustomerId: ["Equals"],
    ManagingCustomerId: ["Equals"],
  }
  const cases = FIELDS.flatMap((f) =>
    predicateOperatorSchema.options.map((op) => [f, op] as const),
  )
  it.each(cases)("%s with %s", (field, op) => {
    const expected = allowed[field].includes(op) ? null : "InvalidPredicate"
    expect(errorOf([p(field, "1001", op)])).toBe(expected)
  })

  it("refuses an unknown field", () => {
    expect(errorOf([p("AccountId")])).toBe("InvalidPredicate")
  })
})

describe("searchRefusal: values", () => {
  const ids = (n: number) =>
    Array.from({ length: n }, (_, i) => String(1000 + i)).join(",")

  it("takes In with 10 values and refuses 11", () => {
    expect(errorOf([p("ClientAccountId", ids(10), "In")])).toBeNull()
    expect(errorOf([p("ClientCustomerId", ids(10), "In")])).toBeNull()
    expect(errorOf([p("ClientAccountId", ids(11), "In")])).toBe(
      "InvalidPredicate",
    )
  })

  it("refuses values shorter than 4 characters", () => {
    expect(errorOf([p("ClientAccountId", "123")])).toBe("InvalidPredicate")
    expect(errorOf([p("ClientAccountId", "1234")])).toBeNull()
    expect(errorOf([p("ClientAccountId", "1,2", "In")])).toBe(
      "InvalidPredicate",
    )
  })

  it("refuses values that are not ids", () => {
    for (const v of ["abcd", "12.5", "-1234", "1001,abcd", "1001,,1002"])
      expect(errorOf([p("ClientAccountId", v, "In")])).toBe("InvalidPredicate")
    expect(errorOf([p("ClientAccountId", "1001, 1002", "In")])).toBeNull()
  })

  it("valueIds splits and trims", () => {
    expect(valueIds(p("ClientAccountId", "1001, 1002,1003", "In"))).toEqual([
      "1001",
      "1002",
      "1003",
    ])
  })
})

describe("searchRefusal: pairs", () => {
  const pairs = FIELDS.flatMap((a, i) =>
    FIELDS.slice(i + 1).map((b) => [a, b] as const),
  )
  const forbidden = new Set([
    "DirectManagingCustomerId+ManagingCustomerId",
    "ClientAccountId+ClientCustomerId",
  ])
  it.each(pairs)("%s with %s", (a, b) => {
    const expected = forbidden.has(`${a}+${b}`) ? "InvalidPredicate" : null
    expect(errorOf([p(a), p(b)])).toBe(expected)
    expect(errorOf([p(b), p(a)])).toBe(expected)
  })

  it("refuses the same field twice", () => {
    for (const f of FIELDS)
      expect(errorOf([p(f, "1001"), p(f, "1002")])).toBe("InvalidPredicate")
  })
})

describe("searchRefusal: ordering and paging", () => {
  const one = [p("ClientAccountId")]
  it.each(orderByFieldSchema.options)("ordering by %s", (field) => {
    const expected = ["Id", "Name", "Number"].includes(field)
      ? null
      : "InvalidPredicate"
    for (const order of ["Ascending", "Descending"] as const)
      expect(errorOf(one, { Ordering: [{ Field: field, Order: order }] })).toBe(
        expected,
      )
  })

  it("checks only the first OrderBy (extra ones are ignored) and allows none", () => {
    expect(
      errorOf(one, {
        Ordering: [
          { Field: "Name", Order: "Ascending" },
          { Field: "CouponClassName", Order: "Ascending" },
        ],
      }),
    ).toBeNull()
    expect(errorOf(one, { Ordering: [] })).toBeNull()
    expect(errorOf(one, { Ordering: null })).toBeNull()
  })

  it("requires PageInfo with Index ≥ 0 and Size 1..100", () => {
    const page = (Index: number, Size: number) =>
      errorOf(one, { PageInfo: { Index, Size } })
    expect(errorOf(one, { PageInfo: null })).toBe("InvalidPageInfo")
    expect(page(0, 1)).toBeNull()
    expect(page(0, 100)).toBeNull()
    expect(page(250, 10)).toBeNull()
    expect(page(-1, 10)).toBe("InvalidPageInfo")
    expect(page(0, 0)).toBe("InvalidPageInfo")
    expect(page(0, 101)).toBe("InvalidPageInfo")
  })

  it("checks predicates before paging", () => {
    expect(searchRefusal({ Predicates: [], PageInfo: null })?.code).toBe(
      "PredicatesRequired",
    )
  })
})
