import { describe, expect, it } from "vitest"

import { emptyRow, identityKey, isBlankRow, toLinkCandidate } from "./form-row"
import { checkRows, findDuplicates, makeInviteFormSchema } from "./form-schema"
import { accountRow, DEFAULTS } from "./rows.test-support"
import type { FormRow } from "./form-row"

describe("toLinkCandidate", () => {
  it("leaves out members the link type does not use", () => {
    const account = toLinkCandidate(
      accountRow({
        CustomerLinkPermission: "Standard",
        StartDate: "2030-01-02",
      }),
    )
    expect(account.CustomerLinkPermission).toBeNull()
    expect(account.IsBillToClient).toBe(true)
    expect(account.StartDate).toBe("2030-01-02T00:00:00Z")
    const customer = toLinkCandidate(
      accountRow({ Type: "CustomerLink", CustomerLinkPermission: "Standard" }),
    )
    expect(customer.IsBillToClient).toBeNull()
    expect(customer.CustomerLinkPermission).toBe("Standard")
  })
})

describe("checkRows", () => {
  it("passes a valid row and turns it into the link to send", () => {
    const { links, issues } = checkRows([accountRow()])
    expect(issues).toEqual([])
    expect(links[0]).toMatchObject({
      ClientEntityId: "1001",
      IsBillToClient: true,
    })
  })

  it("reports the shared rules' messages on the right fields", () => {
    const { links, issues } = checkRows([
      accountRow({ IsBillToClient: "", Name: "x".repeat(41) }),
      accountRow({
        ClientEntityId: "1002",
        ClientEntityNumber: "F1",
        InviterEmail: "nope",
      }),
      accountRow({ ClientEntityId: "1003", StartDate: "2000-01-01" }),
    ])
    expect(links).toEqual([null, null, null])
    expect(issues).toEqual([
      {
        index: 0,
        field: "Name",
        message: "Use at most 40 characters (now 41).",
      },
      {
        index: 0,
        field: "IsBillToClient",
        message: "Choose who pays for this account.",
      },
      {
        index: 1,
        field: "ClientEntityId",
        message: "Give the client account id or its number, not both.",
      },
      {
        index: 1,
        field: "InviterEmail",
        message: "Enter a valid email address, like name@example.com.",
      },
      {
        index: 2,
        field: "StartDate",
        message: "Choose today or a later date.",
      },
    ])
  })

  it("holds back later duplicates but sends the first", () => {
    const rows = [
      accountRow(),
      accountRow({ Name: "again" }),
      accountRow({ ClientEntityId: "1002" }),
    ]
    const { links, issues } = checkRows(rows)
    expect(links.map((l) => l !== null)).toEqual([true, false, true])
    expect(issues).toEqual([
      {
        index: 1,
        field: "ClientEntityId",
        message: "Row 1 already invites this client. Remove one of them.",
      },
    ])
  })
})

describe("findDuplicates", () => {
  it("matches numbers case-insensitively and tells link types and managers apart", () => {
    const rows = [
      accountRow({ ClientEntityId: "", ClientEntityNumber: "f100" }),
      accountRow({ ClientEntityId: "", ClientEntityNumber: "F100 " }),
      accountRow({
        ClientEntityId: "",
        ClientEntityNumber: "F100",
        ManagingCustomerId: "901",
      }),
      accountRow({
        ClientEntityId: "",
        ClientEntityNumber: "F100",
        Type: "CustomerLink",
      }),
      emptyRow(DEFAULTS),
      emptyRow(DEFAULTS),
    ]
    expect(findDuplicates(rows)).toEqual([
      { index: 1, firstIndex: 0, field: "ClientEntityNumber" },
    ])
    expect(identityKey(rows[4]!)).toBeNull()
  })
})

describe("makeInviteFormSchema", () => {
  it("puts errors under rows.<i>.<Member> for the resolver", () => {
    const r = makeInviteFormSchema().safeParse({
      rows: [accountRow(), accountRow({ ClientEntityId: "" })],
    })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([
      "rows.1.ClientEntityId",
    ])
  })
})

describe("isBlankRow", () => {
  it("is true only for an untouched new row", () => {
    expect(isBlankRow(emptyRow(DEFAULTS), DEFAULTS)).toBe(true)
    expect(isBlankRow(accountRow(), DEFAULTS)).toBe(false)
  })
})

describe("every message a bulk row can show is a full sentence", () => {
  // What zod says by itself ("must be …", "Invalid input: expected …", "Too big: …").
  const RAW = /^(Invalid|Expected|must be|Too )/
  const bad: Partial<FormRow>[] = [
    { ClientEntityId: "12a" },
    { ClientEntityId: "1".repeat(25) },
    { ManagingCustomerId: "abc" },
    { Type: "Partner" },
    { IsBillToClient: "maybe" },
    { IsBillToClient: "" },
    { StartDate: "next week" },
    { StartDate: "2001-01-01" },
    { Name: "x".repeat(200) },
    { InviterEmail: "not-an-email" },
    { ClientEntityId: "", ClientEntityNumber: "" },
    { Type: "CustomerLink", CustomerLinkPermission: "Owner" },
  ]

  it.each(
    bad.map((over) => [JSON.stringify(over).slice(0, 60), over] as const),
  )("%s", (_, over) => {
    const { issues } = checkRows([accountRow(over)])
    expect(issues.length).toBeGreaterThan(0)
    for (const { message } of issues) {
      expect(message).not.toMatch(RAW)
      expect(message).toMatch(/^[A-Z"].*[.!?]$/)
    }
  })
})
