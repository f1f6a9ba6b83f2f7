import { afterEach, describe, expect, it } from "vitest"

import { clearGathered } from "./gather.server"
import { fakeClient, makeLink } from "./gather-client.test-support"
import { forViewer, toGridRow } from "./link-rows"
import { gridQuerySchema, gridResponseSchema } from "@/lib/contract/grid"
import { loadGrid } from "./service.server"
import { modifiedByLabel } from "./modified-by"

const NOW = Date.parse("2026-03-01T12:00:00Z")
const me = { id: "756654267" }

afterEach(() => clearGathered())

describe("modifiedByLabel", () => {
  it("names the signed-in user 'you'", () => {
    expect(modifiedByLabel("756654267", me)).toEqual({
      label: "you",
      userId: "756654267",
    })
  })

  it("calls anyone else 'another user', keeping the id for the hover only", () => {
    expect(modifiedByLabel("77", me)).toEqual({
      label: "another user",
      userId: "77",
    })
  })

  it("says nothing when the API gives no id", () => {
    expect(modifiedByLabel(null, me)).toBeNull()
    expect(modifiedByLabel("", me)).toBeNull()
  })
})

describe("forViewer", () => {
  it("adds the label for the viewer and keeps the raw id and the rest of the row", () => {
    const row = toGridRow(
      makeLink(1, { LastModifiedByUserId: "756654267" }),
      NOW,
    )
    if (!row) throw new Error("row expected")
    expect(forViewer(row, me)).toEqual({
      ...row,
      modifiedBy: { label: "you", userId: "756654267" },
    })
    expect(forViewer(row, { id: "1" }).modifiedBy?.label).toBe("another user")
  })

  it("does not take the inviter for the last modifier (the API gives no inviter id)", () => {
    const row = toGridRow(
      makeLink(1, {
        LastModifiedByUserId: "77",
        InviterName: "Ann Manager",
        InviterEmail: "am@agency.test",
      }),
      NOW,
    )
    if (!row) throw new Error("row expected")
    expect(forViewer(row, me).modifiedBy).toEqual({
      label: "another user",
      userId: "77",
    })
  })
})

describe("loadGrid", () => {
  it("labels each row's last modifier for the signed-in user, in the shape the grid parses", async () => {
    const { client } = fakeClient({
      links: [
        makeLink(1, { LastModifiedByUserId: me.id }),
        makeLink(2, { LastModifiedByUserId: "77" }),
        makeLink(3, { LastModifiedByUserId: null }),
      ],
    })
    const grid = await loadGrid(
      {
        userId: me.id,
        target: { customerId: "9000", kind: "agency" },
        client,
      },
      gridQuerySchema.parse({ view: "all", sort: "client", order: "asc" }),
    )
    expect(
      gridResponseSchema.parse(grid).rows.map((r) => r.modifiedBy),
    ).toEqual([
      { label: "you", userId: me.id },
      { label: "another user", userId: "77" },
      null,
    ])
  })
})
