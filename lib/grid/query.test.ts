import { describe, expect, it } from "vitest"

import { makeLink } from "./gather-client.test-support"
import { gridQuerySchema, type LinkRow } from "@/lib/contract/grid"
import { queryRows, sortRows, viewRows } from "./query"
import { toGridRow, toGridRows } from "./link-rows"
import { CLIENT_LINK_STATUSES } from "@/lib/link-rules/status"

const NOW = Date.parse("2026-03-01T12:00:00Z")
const links = CLIENT_LINK_STATUSES.flatMap((Status, s) =>
  Array.from({ length: 3 }, (_, k) => makeLink(s * 3 + k, { Status })),
)
const rows = toGridRows(links, NOW)
const q = (input: Record<string, string>) => gridQuerySchema.parse(input)

describe("grid query", () => {
  it("counts every view and pages the chosen one", () => {
    const sorted = sortRows(rows, "client", "asc")
    const r = queryRows(
      sorted,
      q({ view: "in-progress", pageSize: "4", page: "2" }),
    )
    expect(r.counts).toEqual({
      all: 42,
      pending: 3,
      active: 3,
      "in-progress": 15,
      // 15 ended or failed, and the 15 in progress since January are stuck too.
      attention: 30,
      inactive: 3,
    })
    expect(r.total).toBe(15)
    expect(r.rows).toHaveLength(4)
    const all = [...viewRows(sorted, q({ view: "in-progress" }))]
    expect(r.rows).toEqual(all.slice(4, 8))
  })

  it("filters by text and by one or several client ids", () => {
    const sorted = sortRows(rows, "client", "asc")
    expect(queryRows(sorted, q({ q: "client 12" })).total).toBe(1)
    expect(queryRows(sorted, q({ q: "X000004" })).total).toBe(1)
    expect(queryRows(sorted, q({ accounts: "100001" })).total).toBe(1)
    expect(
      queryRows(sorted, q({ accounts: "100001,100002,100040" })).total,
    ).toBe(3)
    expect(queryRows(sorted, q({ customers: "100001" })).total).toBe(0)
  })

  it("sorts every column both ways, empties last, ties by key", () => {
    for (const sort of [
      "client",
      "status",
      "billing",
      "lastModified",
      "note",
    ] as const) {
      const asc = sortRows(rows, sort, "asc").map((r) => r.key)
      const desc = sortRows(rows, sort, "desc").map((r) => r.key)
      expect(new Set(asc).size).toBe(rows.length)
      if (sort === "client") expect(asc).not.toEqual(desc)
    }
    const withNote = toGridRows(
      [makeLink(1, { Note: "b" }), makeLink(2, { Note: "a" }), makeLink(3)],
      NOW,
    )
    expect(sortRows(withNote, "note", "asc").map((r) => r.note)).toEqual([
      "a",
      "b",
      null,
    ])
    expect(sortRows(withNote, "note", "desc").map((r) => r.note)).toEqual([
      "b",
      "a",
      null,
    ])
    const names = sortRows(rows, "client", "asc").map((r) => r.clientName)
    expect(names.slice(0, 3)).toEqual(["Client 0", "Client 1", "Client 2"])
  })

  it("rejects a page size over 100 and a bad id", () => {
    expect(gridQuerySchema.safeParse({ pageSize: "101" }).success).toBe(false)
    expect(gridQuerySchema.safeParse({ accounts: "12,abc" }).success).toBe(
      false,
    )
  })
})

describe("grid rows", () => {
  it("counts days left on a pending invitation from LastModifiedDateTime", () => {
    const sent = "2026-02-20T12:00:00Z"
    const row = toGridRow(
      makeLink(1, { Status: "LinkPending", LastModifiedDateTime: sent }),
      NOW,
    )
    expect(row?.daysLeft).toBe(21)
    expect(row?.expiresAt).toBe("2026-03-22T12:00:00.000Z")
    const old = toGridRow(
      makeLink(1, {
        Status: "LinkPending",
        LastModifiedDateTime: "2025-01-01T00:00:00Z",
      }),
      NOW,
    )
    expect(old?.daysLeft).toBe(0)
  })

  it("flags links in progress for more than 30 minutes", () => {
    const at = (min: number) => new Date(NOW - min * 60_000).toISOString()
    const stuck = (Status: "LinkInProgress" | "Active", min: number) =>
      toGridRow(makeLink(1, { Status, LastModifiedDateTime: at(min) }), NOW)
        ?.stuck
    expect(stuck("LinkInProgress", 31)).toBe(true)
    expect(stuck("LinkInProgress", 29)).toBe(false)
    expect(stuck("Active", 300)).toBe(false)
  })

  describe("a LinkInProgress link and its start date", () => {
    const ago = (min: number) => new Date(NOW - min * 60_000).toISOString()
    const inProgress = (StartDate: string | null, min: number) =>
      toGridRow(
        makeLink(1, {
          Status: "LinkInProgress",
          StartDate,
          LastModifiedDateTime: ago(min),
        }),
        NOW,
      )!
    const attention = (row: LinkRow) =>
      queryRows([row], q({ view: "attention" }))

    it("is scheduled, not stuck nor in Needs attention, while its start date is ahead", () => {
      const row = inProgress("2026-03-15T12:00:00Z", 600)
      expect(row).toMatchObject({ scheduled: true, stuck: false })
      expect(attention(row)).toMatchObject({ total: 0 })
      expect(attention(row).counts).toMatchObject({
        attention: 0,
        "in-progress": 1,
      })
    })

    it("is stuck 30 minutes after its start date has passed", () => {
      for (const start of ["2026-01-01T00:00:00Z", null]) {
        const late = inProgress(start, 31)
        expect(late).toMatchObject({ scheduled: false, stuck: true })
        expect(attention(late)).toMatchObject({ total: 1 })
        expect(attention(late).counts.attention).toBe(1)
        expect(inProgress(start, 29)).toMatchObject({ stuck: false })
        expect(attention(inProgress(start, 29)).total).toBe(0)
      }
    })

    it("counts the 30 minutes from the start date when that came later", () => {
      const since = (min: number) =>
        toGridRow(
          makeLink(1, {
            Status: "LinkInProgress",
            StartDate: ago(min),
            LastModifiedDateTime: ago(600),
          }),
          NOW,
        )!.stuck
      expect(since(29)).toBe(false)
      expect(since(31)).toBe(true)
    })
  })
})
