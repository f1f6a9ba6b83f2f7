import { describe, expect, it } from "vitest"

import {
  formatDate,
  formatDateTime,
  formatNumber,
  forCount,
  plural,
} from "./format"

describe("format", () => {
  it("groups thousands", () => {
    expect(formatNumber(0)).toBe("0")
    expect(formatNumber(1234567)).toBe("1,234,567")
  })

  it("counts with the noun's singular for one and plural for any other count", () => {
    expect(plural(1, "row")).toBe("1 row")
    expect(plural(0, "row")).toBe("0 rows")
    expect(plural(2, "invitation")).toBe("2 invitations")
    expect(plural(1200, "row")).toBe("1,200 rows")
    expect(plural(1, "row needs", "rows need")).toBe("1 row needs")
    expect(plural(5, "row needs", "rows need")).toBe("5 rows need")
  })

  it("picks the agreeing word for a count", () => {
    expect(forCount(1, "is", "are")).toBe("is")
    expect(forCount(0, "is", "are")).toBe("are")
    expect(forCount(3, "it", "they")).toBe("they")
  })

  it("writes dates and times, and a dash for none", () => {
    // Local midnight and 14:05 whatever the machine's zone: no day shifts in the test.
    expect(formatDate("2026-12-04T00:00:00")).toBe("Dec 4, 2026")
    expect(formatDateTime("2026-12-04T14:05:00")).toBe("Dec 4, 2026, 14:05")
    expect(formatDate(null)).toBe("—")
    expect(formatDateTime(null)).toBe("—")
  })
})
