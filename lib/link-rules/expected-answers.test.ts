import { describe, expect, it } from "vitest"

import { EXPECTED_ANSWERS } from "@/lib/emulator/expected-answers"

import { ERROR_CODES } from "@/lib/ads-api/error-codes"
import { REFUSAL_CODE } from "@/lib/link-writes/status-update"

import { checkAddClientLink, clientLinkInputSchema } from "./add"
import { IN_VALUES_MAX, SEARCH_PAGE_SIZE_MAX } from "./search"
import { refuseStatusUpdate } from "./status"

// The app's own rules against the service's expected answers (docs/emulator-links.md):
// what the app refuses before sending, it must refuse as the service would, and what the
// service accepts, the app must let through.

/** Placeholders become well-formed values: the app's rules look at form, not at the directory. */
const fill = (v: unknown): unknown => {
  if (typeof v === "string")
    return v.replace(
      /\$([a-z]+)(\d*)(\.(number|owner))?/g,
      (_, n: string, i: string, f?: string) =>
        f
          ? `C${n.slice(0, 3).toUpperCase()}${i || "0"}`
          : String(1_000_000 + n.length * 100 + Number(i || 0)),
    )
  if (Array.isArray(v)) return v.map(fill)
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]))
  return v
}

const addRows = EXPECTED_ANSWERS.filter(
  (r) => r.request.op === "AddClientLinks" && r.partialErrors,
)

describe("the app's AddClientLinks field rules", () => {
  it.each(addRows.map((r) => [r.name, r] as const))("%s", (_, row) => {
    if (row.request.op !== "AddClientLinks") return
    const links = (fill(row.request.body) as { ClientLinks: unknown[] })
      .ClientLinks
    links.forEach((raw, i) => {
      const link = clientLinkInputSchema.parse(raw)
      const codes = checkAddClientLink(link, {
        rejectIdAndNumberForCustomerLinks: false,
        requireClientEntityCustomerNumber:
          !!row.settings?.requireClientEntityCustomerNumber,
      }).map((v) => ERROR_CODES[v.error].code)
      // Only the service knows the directory and the other links: the app lets those through.
      const expected =
        row.because === "fields" ? (row.partialErrors?.[i] ?? []) : []
      expect(codes.sort()).toEqual([...expected].sort())
    })
  })
})

const lifeCycleRows = EXPECTED_ANSWERS.filter((r) => r.lifeCycle)

describe("the app's life-cycle rules", () => {
  it.each(lifeCycleRows.map((r) => [r.name, r] as const))("%s", (_, row) => {
    const { writer, from, to } = row.lifeCycle!
    const refusal = refuseStatusUpdate(writer, from, to)
    const expected =
      row.because === "life-cycle"
        ? (row.partialErrors?.[0]?.[0] ?? null)
        : null
    expect(refusal && REFUSAL_CODE[refusal]).toBe(expected)
  })
})

describe("the app's search limits", () => {
  it.each(
    EXPECTED_ANSWERS.filter((r) => r.limit).map((r) => [r.name, r] as const),
  )("%s", (_, row) => {
    const limit = row.limit!
    const within =
      "pageSize" in limit
        ? limit.pageSize <= SEARCH_PAGE_SIZE_MAX
        : limit.inValues <= IN_VALUES_MAX
    expect(within).toBe(row.status === 200)
  })
})
