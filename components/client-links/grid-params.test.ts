import { createLoader } from "nuqs/server"
import { describe, expect, it } from "vitest"

import { parseGridQuery } from "@/lib/contract/grid"
import { GRID_QUERY } from "@/lib/contract/grid-query"

import { gridParamsFor, toSearchParams } from "./grid-params"

/** The grid's URL state in the browser (nuqs) and on the route (zod), from one definition. */
const browser = (search: string) =>
  createLoader(gridParamsFor())(new URLSearchParams(search))
const server = (search: string) => parseGridQuery(new URLSearchParams(search))

const VALID = [
  "",
  "view=pending&page=3",
  "view=attention&sort=client&order=asc",
  "q=contoso",
  // Trimmed on both sides.
  "q=%20%20contoso%20",
  "accounts=101,102&customers=7",
  "accounts=%20101%20,,102",
  // A size the menu does not offer still means the same on both sides.
  "pageSize=10",
  "pageSize=100&page=100000",
  "ids=ignored&view=all",
]

const INVALID: [string, keyof typeof GRID_QUERY][] = [
  ["view=nope", "view"],
  ["pageSize=101", "pageSize"],
  ["pageSize=0", "pageSize"],
  ["page=0", "page"],
  ["page=2.5", "page"],
  ["page=100001", "page"],
  ["accounts=12,abc", "accounts"],
  [
    `accounts=${Array.from({ length: 51 }, (_, i) => i + 1).join(",")}`,
    "accounts",
  ],
  ["accounts=12345678901234567890", "accounts"],
  [`q=${"x".repeat(101)}`, "q"],
  ["sort=secret", "sort"],
  ["order=up", "order"],
]

describe("the grid's URL state", () => {
  it.each(VALID)(
    "%j means the same state to the browser and the route",
    (search) => {
      expect(browser(search)).toEqual(server(search))
    },
  )

  it.each(INVALID)(
    "%j: the route refuses it, the browser falls back to the default %s",
    (search, key) => {
      expect(() => server(search)).toThrow()
      expect(browser(search)[key]).toEqual(GRID_QUERY[key].default)
    },
  )

  it("goes back to the route as the same state", () => {
    for (const search of VALID) {
      const state = browser(search)
      expect(server(toSearchParams(state).toString())).toEqual(state)
    }
  })
})
