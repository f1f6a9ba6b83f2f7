import { describe, expect, it } from "vitest"

import {
  CLIENT_LINK_MEMBERS,
  writeClientLinksResponseSchema,
  apiFaultSchema,
} from "@/lib/ads-api/wire"

import {
  accountLink,
  add,
  agencyCaller,
  as,
  codes,
  customerLink,
  find,
  IDS,
  linkOf,
  setup,
  START,
  USERS,
} from "./fixture.test-support"

describe("AddClientLinks", () => {
  it("creates a LinkPending link with every default filled and answers PartialErrors [null]", () => {
    const { service } = setup()
    const res = add(service, [accountLink(IDS.acc1)])
    expect(res.status).toBe(200)
    expect(writeClientLinksResponseSchema.parse(res.body)).toEqual({
      OperationErrors: [],
      PartialErrors: [null],
    })
    const link = linkOf(service, IDS.acc1)
    expect(Object.keys(link)).toEqual(CLIENT_LINK_MEMBERS)
    expect(link).toMatchObject({
      Type: "AccountLink",
      ClientEntityId: IDS.acc1,
      ClientEntityNumber: `F${IDS.acc1}`,
      ClientEntityCustomerNumber: `C${IDS.client}`,
      ClientEntityName: `Account ${IDS.acc1}`,
      ManagingCustomerId: IDS.agency,
      ManagingCustomerNumber: `C${IDS.agency}`,
      ManagingCustomerName: "Main Agency",
      Note: null,
      Name: `Link F${IDS.acc1} to C${IDS.agency}`,
      InviterEmail: USERS.agencyAdmin.Email,
      InviterName: "Main Agency",
      InviterPhone: USERS.agencyAdmin.Phone,
      IsBillToClient: false,
      StartDate: new Date(START).toISOString(),
      Status: "LinkPending",
      SuppressNotification: false,
      LastModifiedDateTime: new Date(START).toISOString(),
      LastModifiedByUserId: USERS.agencyAdmin.Id,
      ForwardCompatibilityMap: null,
      CustomerLinkPermission: null,
    })
    expect(link.Timestamp).toMatch(/^[A-Za-z0-9+/]+=*$/)
  })

  it("keeps given optional members and accepts a number-only account and longs as numbers", () => {
    const { service } = setup()
    const res = add(service, [
      {
        ClientEntityNumber: `F${IDS.acc2}`,
        ClientEntityCustomerNumber: `C${IDS.client}`,
        ManagingCustomerId: Number(IDS.agency),
        IsBillToClient: true,
        Name: "Spring campaign",
        Note: "hello",
        InviterName: "Ann",
        StartDate: "2026-07-01T00:00:00",
        SuppressNotification: true,
      },
    ])
    expect(codes(res.body)).toEqual([null])
    expect(linkOf(service, IDS.acc2)).toMatchObject({
      Name: "Spring campaign",
      Note: "hello",
      InviterName: "Ann",
      IsBillToClient: true,
      StartDate: "2026-07-01T00:00:00.000Z",
      SuppressNotification: true,
    })
  })

  it("adds a customer link for a Super Admin, by customer number", () => {
    const { service } = setup()
    const res = add(service, [
      customerLink(IDS.target, { CustomerLinkPermission: "Administrative" }),
    ])
    expect(codes(res.body)).toEqual([null])
    const [link] = find(service, agencyCaller, [
      { Field: "ClientCustomerId", Value: IDS.target },
    ])
    expect(link).toMatchObject({
      Type: "CustomerLink",
      IsBillToClient: null,
      ClientEntityCustomerNumber: null,
    })
  })

  it("reports per-link rule violations at their index while the others go through", () => {
    const { service } = setup()
    const res = add(service, [
      accountLink(IDS.acc1, { ClientEntityNumber: `F${IDS.acc1}` }),
      accountLink(IDS.acc2),
      accountLink(IDS.acc3, { Name: "x".repeat(41) }),
      accountLink(IDS.acc4, { Status: "Active" }),
      accountLink(IDS.acc4, { IsBillToClient: null }),
    ])
    expect(codes(res.body)).toEqual([[1480], null, [211], [1480], [1480]])
    expect(service.count()).toBe(1)
  })

  it("answers 3087 for a null or empty list and 3024 for 11 links, writing nothing", () => {
    const { service } = setup()
    for (const body of [{ ClientLinks: [] }, { ClientLinks: null }, {}, null]) {
      const res = service.add(agencyCaller, body, "trk")
      expect(res.status).toBe(400)
      expect(apiFaultSchema.parse(res.body).OperationErrors[0]?.Code).toBe(3087)
    }
    const many = Array.from({ length: 11 }, () => accountLink(IDS.acc1))
    const res = add(service, many)
    expect(res.status).toBe(400)
    expect(apiFaultSchema.parse(res.body)).toMatchObject({
      TrackingId: "trk",
      OperationErrors: [{ Code: 3024 }],
    })
    expect(service.count()).toBe(0)
  })

  it("answers an ApiFault 1480 for a body that does not parse, writing nothing", () => {
    const { service } = setup()
    for (const body of [
      {
        ClientLinks: [
          accountLink(IDS.acc1),
          accountLink(IDS.acc2, { IsBillToClient: "yes" }),
        ],
      },
      { ClientLinks: [accountLink(IDS.acc1, { Extra: 1 })] },
      { Links: [] },
      "text",
    ]) {
      const res = service.add(agencyCaller, body, "trk")
      expect(res.status).toBe(400)
      expect(apiFaultSchema.parse(res.body).OperationErrors[0]?.Code).toBe(1480)
    }
    expect(service.count()).toBe(0)
  })

  it("refuses with 106 when the caller may not write for the managing customer", () => {
    const { service } = setup()
    const cases = [
      [USERS.agencyViewer, accountLink(IDS.acc1)],
      [USERS.agencyCampaignManager, accountLink(IDS.acc1)],
      [USERS.otherAdmin, accountLink(IDS.acc1)],
      [USERS.agencyStandard, customerLink(IDS.target)],
      [
        USERS.agencyAdmin,
        accountLink(IDS.acc1, { ManagingCustomerId: "1999999" }),
      ],
    ] as const
    for (const [u, link] of cases)
      expect(codes(add(service, [link], as(u)).body)).toEqual([[106]])
    expect(
      codes(
        add(service, [accountLink(IDS.acc1)], as(USERS.agencyStandard)).body,
      ),
    ).toEqual([null])
  })

  it("checks that the client entity exists and that its numbers match", () => {
    const { service } = setup()
    const res = add(service, [
      accountLink("3999999"),
      accountLink(IDS.acc1, { ClientEntityCustomerNumber: `C${IDS.client2}` }),
      customerLink(IDS.target, { ClientEntityId: IDS.client2 }),
      customerLink("2999999"),
      {
        ClientEntityNumber: `F${IDS.acc1}`,
        ManagingCustomerNumber: `C${IDS.agency}`,
        IsBillToClient: false,
      },
    ])
    expect(codes(res.body)).toEqual([[1483], [1481], [1481], [1483], null])
  })
})
