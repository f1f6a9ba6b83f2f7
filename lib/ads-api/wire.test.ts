import { describe, expect, it } from "vitest"

import {
  CLIENT_LINK_MEMBERS,
  clientLinkSchema,
  dateTimeSchema,
  faultSchema,
  keyValuePairSchema,
  longSchema,
  operationErrorSchema,
  searchClientLinksResponseSchema,
  writeClientLinksResponseSchema,
} from "./wire"

const LINK = {
  Type: "AccountLink",
  ClientEntityId: "1001",
  ClientEntityNumber: "F1001",
  ClientEntityCustomerNumber: "C1",
  ClientEntityName: "Contoso",
  ManagingCustomerId: "2001",
  ManagingCustomerNumber: "M2001",
  ManagingCustomerName: "Agency",
  Note: null,
  Name: "Contoso link",
  InviterEmail: "a@example.com",
  InviterName: "Agency",
  InviterPhone: null,
  IsBillToClient: true,
  StartDate: "2026-11-22T10:00:00Z",
  Status: "LinkPending",
  SuppressNotification: false,
  LastModifiedDateTime: "2026-11-22T10:00:00.123Z",
  LastModifiedByUserId: "77",
  Timestamp: "AAAAAAAAB9E=",
  ForwardCompatibilityMap: null,
  CustomerLinkPermission: null,
}

describe("longSchema", () => {
  it("reads a long as a string or a number and always gives a string", () => {
    expect(longSchema.parse("123")).toBe("123")
    expect(longSchema.parse(123)).toBe("123")
    expect(longSchema.parse("-5")).toBe("-5")
    expect(longSchema.parse("9223372036854775807")).toBe("9223372036854775807")
  })
  it("refuses fractions, text, unsafe numbers and too many digits", () => {
    for (const bad of [
      "12a",
      "",
      " 1",
      "1.5",
      1.5,
      2 ** 60,
      "1".repeat(20),
      null,
    ])
      expect(longSchema.safeParse(bad).success).toBe(false)
  })
})

describe("dateTimeSchema", () => {
  it("accepts xs:dateTime with Z, with an offset, without a zone, with fractions", () => {
    for (const ok of [
      "2026-11-22T10:00:00Z",
      "2026-11-22T10:00:00.1234567Z",
      "2026-11-22T10:00:00",
      "2026-11-22T10:00:00.5",
      "2026-11-22T10:00:00+01:00",
    ])
      expect(dateTimeSchema.safeParse(ok).success, ok).toBe(true)
  })
  it("reads a time without a zone as UTC, whatever the local zone", () => {
    const tz = process.env.TZ
    process.env.TZ = "America/Los_Angeles"
    try {
      const parsed = dateTimeSchema.parse("2026-11-22T10:00:00.5")
      expect(parsed).toBe("2026-11-22T10:00:00.5Z")
      // What the browser then does with it: the same instant in every zone.
      expect(new Date(parsed).toISOString()).toBe("2026-11-22T10:00:00.500Z")
      expect(new Date(parsed).getHours()).toBe(2)
    } finally {
      process.env.TZ = tz
    }
    expect(dateTimeSchema.parse("2026-11-22T10:00:00+01:00")).toBe(
      "2026-11-22T10:00:00+01:00",
    )
    expect(dateTimeSchema.parse("2026-11-22T10:00:00Z")).toBe(
      "2026-11-22T10:00:00Z",
    )
  })
  it("refuses dates without a time and impossible dates", () => {
    for (const bad of ["2026-11-22", "2026-13-01T00:00:00Z", "yesterday", 0])
      expect(dateTimeSchema.safeParse(bad).success, String(bad)).toBe(false)
  })
})

describe("keyValuePairSchema", () => {
  it("reads Key/Value and key/value into Key/Value", () => {
    expect(keyValuePairSchema.parse({ Key: "a", Value: "b" })).toEqual({
      Key: "a",
      Value: "b",
    })
    expect(keyValuePairSchema.parse({ key: "a", value: null })).toEqual({
      Key: "a",
      Value: null,
    })
  })
  it("refuses mixed spellings and extra members", () => {
    expect(keyValuePairSchema.safeParse({ Key: "a", value: "b" }).success).toBe(
      false,
    )
    expect(
      keyValuePairSchema.safeParse({ Key: "a", Value: "b", X: 1 }).success,
    ).toBe(false)
  })
})

describe("clientLinkSchema strictness", () => {
  it("parses a full link, converting numeric longs", () => {
    const parsed = clientLinkSchema.parse({ ...LINK, ClientEntityId: 1001 })
    expect(parsed.ClientEntityId).toBe("1001")
    expect(parsed.Status).toBe("LinkPending")
    expect(CLIENT_LINK_MEMBERS).toEqual(Object.keys(LINK))
  })

  it("rejects an extra member", () => {
    expect(
      clientLinkSchema.safeParse({ ...LINK, TrackingId: "x" }).success,
    ).toBe(false)
  })

  it.each(CLIENT_LINK_MEMBERS)(
    "requires %s (except ClientEntityCustomerNumber)",
    (m) => {
      const { [m]: _, ...without } = LINK
      expect(clientLinkSchema.safeParse(without).success).toBe(
        m === "ClientEntityCustomerNumber",
      )
    },
  )

  it("refuses an unknown status and bad base64", () => {
    expect(
      clientLinkSchema.safeParse({ ...LINK, Status: "Pending" }).success,
    ).toBe(false)
    expect(
      clientLinkSchema.safeParse({ ...LINK, Timestamp: "@@" }).success,
    ).toBe(false)
  })
})

describe("errors and responses", () => {
  it("OperationError has Code, Details, Message and nothing else", () => {
    const e = { Code: 1410, Details: null, Message: "m" }
    expect(operationErrorSchema.parse(e)).toEqual(e)
    expect(
      operationErrorSchema.safeParse({ Code: 1, Message: "m" }).success,
    ).toBe(false)
    expect(
      operationErrorSchema.safeParse({ ...e, ErrorCode: "X" }).success,
    ).toBe(false)
  })

  it("faults: ApiFault uses Details, AdApiFaultDetail uses Detail", () => {
    expect(
      faultSchema.parse({
        Type: "ApiFault",
        TrackingId: "t",
        OperationErrors: [{ Code: 3030, Details: "d", Message: "m" }],
      }).Type,
    ).toBe("ApiFault")
    const ad = {
      Type: "AdApiFaultDetail",
      TrackingId: "t",
      Errors: [
        {
          Code: 109,
          Detail: null,
          ErrorCode: "AuthenticationTokenExpired",
          Message: "m",
        },
      ],
    }
    expect(faultSchema.parse(ad).Type).toBe("AdApiFaultDetail")
    const swapped = {
      ...ad,
      Errors: [{ Code: 109, Details: null, ErrorCode: "E", Message: "m" }],
    }
    expect(faultSchema.safeParse(swapped).success).toBe(false)
    expect(faultSchema.safeParse({ ...ad, Type: "Other" }).success).toBe(false)
  })

  it("PartialErrors is an array of arrays lined up with the request, null for a success", () => {
    const r = writeClientLinksResponseSchema.parse({
      OperationErrors: [],
      PartialErrors: [null, [{ Code: 1410, Details: null, Message: "m" }]],
    })
    expect(r.PartialErrors?.[0]).toBeNull()
    expect(r.PartialErrors?.[1]?.[0]?.Code).toBe(1410)
    expect(
      writeClientLinksResponseSchema.safeParse({
        OperationErrors: [],
        PartialErrors: [{ Code: 1410, Details: null, Message: "m" }],
      }).success,
    ).toBe(false)
    expect(
      writeClientLinksResponseSchema.safeParse({ OperationErrors: [] }).success,
    ).toBe(false)
  })

  it("search response holds full links and nothing else", () => {
    expect(
      searchClientLinksResponseSchema.parse({ ClientLinks: [LINK] })
        .ClientLinks,
    ).toHaveLength(1)
    expect(
      searchClientLinksResponseSchema.safeParse({
        ClientLinks: [],
        TrackingId: "t",
      }).success,
    ).toBe(false)
  })
})
