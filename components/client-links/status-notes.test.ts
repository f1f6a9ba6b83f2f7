import { describe, expect, it } from "vitest"

import { makeLink } from "@/lib/grid/gather-client.test-support"
import { toGridRow } from "@/lib/grid/link-rows"

import { statusNotes } from "./status-notes"

const NOW = Date.parse("2026-03-01T12:00:00Z")
const ago = (min: number) => new Date(NOW - min * 60_000).toISOString()
const notes = (StartDate: string, min: number) =>
  statusNotes(
    toGridRow(
      makeLink(1, {
        Status: "LinkInProgress",
        StartDate,
        LastModifiedDateTime: ago(min),
      }),
      NOW,
    )!,
  ).map((n) => n.text)

describe("status notes", () => {
  it("says when a scheduled link starts instead of calling it stuck", () => {
    expect(notes("2026-03-15T12:00:00Z", 600)).toEqual([
      "Starts on Mar 15, 2026",
    ])
  })

  it("flags a link stuck past its start date", () => {
    expect(notes("2026-01-01T00:00:00Z", 31)).toEqual(["Stuck over 30 min"])
    expect(notes("2026-01-01T00:00:00Z", 29)).toEqual([])
  })
})
