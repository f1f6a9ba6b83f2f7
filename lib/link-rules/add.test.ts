import { describe, expect, it } from "vitest"

import {
  type AddRuleOptions,
  checkAddClientLink,
  type ClientLinkInput,
  clientLinkInputSchema,
  DEFAULT_ADD_RULE_OPTIONS,
  makeAddClientLinkSchema,
} from "./add"

const account: ClientLinkInput = {
  ClientEntityId: "1001",
  ManagingCustomerId: "2001",
  IsBillToClient: true,
}
const customer: ClientLinkInput = {
  Type: "CustomerLink",
  ClientEntityNumber: "C0001",
  ManagingCustomerId: "2001",
}

/** The fields at fault, with their error names. */
const check = (link: ClientLinkInput, options: Partial<AddRuleOptions> = {}) =>
  checkAddClientLink(link, { ...DEFAULT_ADD_RULE_OPTIONS, ...options }).map(
    (v) => `${v.field}:${v.error}`,
  )

describe("checkAddClientLink: a valid account link and customer link", () => {
  it("allows an account link by id and by number, with Type unset or AccountLink", () => {
    expect(check(account)).toEqual([])
    expect(check({ ...account, Type: "AccountLink" })).toEqual([])
    expect(
      check({ ...account, ClientEntityId: null, ClientEntityNumber: "F1" }),
    ).toEqual([])
  })

  it("allows a customer link by number, with either permission", () => {
    expect(check(customer)).toEqual([])
    for (const p of ["Administrative", "Standard"] as const)
      expect(check({ ...customer, CustomerLinkPermission: p })).toEqual([])
  })
})

describe("checkAddClientLink: client entity id and number", () => {
  it("refuses an account link with both or neither", () => {
    expect(check({ ...account, ClientEntityNumber: "F1" })).toEqual([
      "ClientEntityId:ClientLinkFieldInvalid",
    ])
    expect(check({ ...account, ClientEntityId: null })).toEqual([
      "ClientEntityId:ClientLinkFieldInvalid",
    ])
  })

  it("requires the number for a customer link; the id alone is not enough", () => {
    expect(
      check({ ...customer, ClientEntityNumber: null, ClientEntityId: "5" }),
    ).toEqual(["ClientEntityNumber:ClientLinkFieldInvalid"])
  })

  it("allows id and number on a customer link unless the older rule is on", () => {
    const both = { ...customer, ClientEntityId: "3001" }
    expect(check(both)).toEqual([])
    expect(check(both, { rejectIdAndNumberForCustomerLinks: true })).toEqual([
      "ClientEntityId:ClientLinkFieldInvalid",
    ])
  })

  it("requires ClientEntityCustomerNumber for account links only when the option says so", () => {
    expect(check(account, { requireClientEntityCustomerNumber: true })).toEqual(
      ["ClientEntityCustomerNumber:ClientLinkFieldInvalid"],
    )
    expect(
      check(
        { ...account, ClientEntityCustomerNumber: "C9" },
        { requireClientEntityCustomerNumber: true },
      ),
    ).toEqual([])
    expect(
      check(customer, { requireClientEntityCustomerNumber: true }),
    ).toEqual([])
  })

  it("refuses ClientEntityCustomerNumber on a customer link", () => {
    expect(check({ ...customer, ClientEntityCustomerNumber: "C9" })).toEqual([
      "ClientEntityCustomerNumber:ClientLinkFieldInvalid",
    ])
  })
})

describe("checkAddClientLink: managing customer", () => {
  it("takes the id or the number, never both or neither", () => {
    const byNumber = {
      ...account,
      ManagingCustomerId: null,
      ManagingCustomerNumber: "M1",
    }
    expect(check(byNumber)).toEqual([])
    expect(check({ ...account, ManagingCustomerNumber: "M1" })).toEqual([
      "ManagingCustomerId:ClientLinkFieldInvalid",
    ])
    expect(check({ ...account, ManagingCustomerId: null })).toEqual([
      "ManagingCustomerId:ClientLinkFieldInvalid",
    ])
  })
})

describe("checkAddClientLink: other members", () => {
  it("allows a Name of 40 characters and refuses 41 with NameTooLong", () => {
    expect(check({ ...account, Name: "x".repeat(40) })).toEqual([])
    expect(check({ ...account, Name: "x".repeat(41) })).toEqual([
      "Name:NameTooLong",
    ])
  })

  it("checks InviterEmail when given", () => {
    expect(check({ ...account, InviterEmail: "a.b@example.com" })).toEqual([])
    for (const bad of ["not-an-email", "a@", "@example.com", "a b@example.com"])
      expect(check({ ...account, InviterEmail: bad })).toEqual([
        "InviterEmail:ClientLinkFieldInvalid",
      ])
  })

  it("requires IsBillToClient (true or false) for account links and refuses it for customer links", () => {
    expect(check({ ...account, IsBillToClient: false })).toEqual([])
    expect(check({ ...account, IsBillToClient: null })).toEqual([
      "IsBillToClient:ClientLinkFieldInvalid",
    ])
    expect(check({ ...customer, IsBillToClient: true })).toEqual([
      "IsBillToClient:ClientLinkFieldInvalid",
    ])
    expect(check({ ...customer, IsBillToClient: false })).toEqual([
      "IsBillToClient:ClientLinkFieldInvalid",
    ])
  })

  it("refuses a permission on an account link", () => {
    expect(check({ ...account, CustomerLinkPermission: "Standard" })).toEqual([
      "CustomerLinkPermission:ClientLinkFieldInvalid",
    ])
  })

  it("refuses any Status on a new invitation", () => {
    for (const s of ["LinkPending", "Active"] as const)
      expect(check({ ...account, Status: s })).toEqual([
        "Status:ClientLinkFieldInvalid",
      ])
  })

  it("refuses a StartDate before today (UTC) only when `now` is given", () => {
    const now = new Date("2026-11-22T15:00:00Z")
    const at = (StartDate: string) => check({ ...account, StartDate }, { now })
    expect(at("2026-11-21T23:59:59Z")).toEqual([
      "StartDate:ClientLinkFieldInvalid",
    ])
    expect(at("2026-11-22T00:00:00Z")).toEqual([])
    expect(at("2026-12-01T00:00:00Z")).toEqual([])
    expect(check({ ...account, StartDate: "2020-01-01T00:00:00Z" })).toEqual([])
  })

  it("reads a StartDate without a zone as UTC, whatever the server's time zone", () => {
    const before = process.env.TZ
    process.env.TZ = "Asia/Tokyo"
    try {
      const now = new Date("2026-11-22T01:00:00Z")
      const at = (StartDate: string) =>
        check({ ...account, StartDate }, { now })
      expect(at("2026-11-22T00:00:00")).toEqual([])
      expect(at("2026-11-21T23:00:00")).toEqual([
        "StartDate:ClientLinkFieldInvalid",
      ])
      expect(at("2026-11-22T08:00:00+09:00")).toEqual([
        "StartDate:ClientLinkFieldInvalid",
      ])
    } finally {
      process.env.TZ = before
      if (before === undefined) delete process.env.TZ
    }
  })

  it("reports every problem at once", () => {
    expect(
      check({ Name: "y".repeat(41), Status: "Active", InviterEmail: "x" }),
    ).toEqual([
      "ClientEntityId:ClientLinkFieldInvalid",
      "ManagingCustomerId:ClientLinkFieldInvalid",
      "Name:NameTooLong",
      "InviterEmail:ClientLinkFieldInvalid",
      "IsBillToClient:ClientLinkFieldInvalid",
      "Status:ClientLinkFieldInvalid",
    ])
  })
})

describe("clientLinkInputSchema and makeAddClientLinkSchema", () => {
  it("reads blank strings as null, so a blank id does not count as given", () => {
    const parsed = clientLinkInputSchema.parse({
      ClientEntityId: "  ",
      ClientEntityNumber: "F1",
      ManagingCustomerId: "",
      ManagingCustomerNumber: "M1",
      Name: "   ",
      IsBillToClient: true,
    })
    expect(parsed).toMatchObject({
      ClientEntityId: null,
      ManagingCustomerId: null,
      Name: null,
    })
    expect(check(parsed)).toEqual([])
  })

  it("rejects an unknown member and takes longs as numbers", () => {
    expect(
      clientLinkInputSchema.safeParse({ ...account, Foo: "x" }).success,
    ).toBe(false)
    expect(
      clientLinkInputSchema.parse({ ClientEntityId: 1001 }).ClientEntityId,
    ).toBe("1001")
  })

  it("turns violations into issues at the member's path, with the error name", () => {
    const schema = makeAddClientLinkSchema({
      ...DEFAULT_ADD_RULE_OPTIONS,
      now: new Date("2026-11-22T00:00:00Z"),
    })
    expect(schema.safeParse(account).success).toBe(true)
    const r = schema.safeParse({ ...account, Name: "z".repeat(41) })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["Name", "Use at most 40 characters (now 41)."],
    ])
    const past = schema.safeParse({
      ...account,
      StartDate: "2026-11-21T00:00:00Z",
    })
    expect(past.error?.issues[0]?.path).toEqual(["StartDate"])
  })
})
