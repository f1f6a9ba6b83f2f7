import { describe, expect, it } from "vitest"

import {
  detailForCode,
  ERROR_CODES,
  helpForCode,
  LOCAL_CODES,
} from "./error-codes"

describe("helpForCode", () => {
  it("turns a service code into the table's sentence for a person", () => {
    expect(helpForCode(1424)).toBe(ERROR_CODES.ManagedByAnotherAgency.help)
    expect(helpForCode(117, "Too many")).toBe(ERROR_CODES.CallRateExceeded.help)
  })

  it("explains our own negative codes, saying when the outcome is unknown", () => {
    expect(helpForCode(LOCAL_CODES.Timeout)).toMatch(/may or may not/)
    expect(helpForCode(LOCAL_CODES.NotSent)).toMatch(/Nothing changed/)
  })

  it("keeps the service's words for a code it does not know", () => {
    expect(helpForCode(4242, "Something odd")).toBe("Something odd")
    expect(helpForCode(4242)).toMatch(/code 4242/)
  })

  it("has one entry per code", () => {
    const codes = Object.values(ERROR_CODES).map((e) => e.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.some((c) => c < 0)).toBe(false)
  })
})

describe("detailForCode", () => {
  const stock = ERROR_CODES.ClientLinkUpdateNotAllowed
  it("keeps a row's own explanation of a known code", () => {
    const why = "The link is LinkCanceled; an ended link cannot be changed."
    expect(detailForCode(stock.code, why)).toBe(why)
  })

  it("drops the service's stock text, our own codes and unknown codes", () => {
    expect(detailForCode(stock.code, stock.message)).toBeNull()
    expect(detailForCode(stock.code, "")).toBeNull()
    expect(detailForCode(LOCAL_CODES.Timeout, "Did not answer")).toBeNull()
    expect(detailForCode(4242, "Something odd")).toBeNull()
  })
})
