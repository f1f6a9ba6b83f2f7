import { beforeEach, describe, expect, it } from "vitest"

import {
  adApiFaultDetailSchema,
  apiFaultSchema,
  CLIENT_LINK_MEMBERS,
  searchClientLinksResponseSchema,
} from "@/lib/client-links/wire"

import { ROLE, type User } from "../types"
import { driveTo } from "./test-drive"
import {
  accountLink,
  as,
  customerLink,
  find,
  IDS,
  linkOf,
  setup,
  updateBody,
  USERS,
} from "./test-fixture"

const agency = as(USERS.agencyAdmin)
const other = as(USERS.otherAdmin)
const withRoles = (...ids: string[]): User => ({
  ...USERS.agencyAdmin,
  Id: "9100",
  roles: ids.map((CustomerId) => ({ CustomerId, RoleId: ROLE.SuperAdmin })),
})
let ctx: ReturnType<typeof setup>

/** agency: acc1 pending, acc2 Active, acc3 re-invited after a cancel, a customer link; other agency: acc1, acc2Other. */
beforeEach(() => {
  ctx = setup()
  driveTo(ctx, IDS.acc2, "Active")
  driveTo(ctx, IDS.acc3, "LinkCanceled")
  const add = (caller: typeof agency, link: object) =>
    ctx.service.add(caller, { ClientLinks: [link] }, "t")
  add(agency, accountLink(IDS.acc1, { Name: "beta" }))
  add(agency, accountLink(IDS.acc3, { Name: "Alpha" }))
  add(agency, customerLink(IDS.target, { Name: "gamma" }))
  add(other, accountLink(IDS.acc1, { ManagingCustomerId: IDS.otherAgency }))
  add(
    other,
    accountLink(IDS.acc2Other, { ManagingCustomerId: IDS.otherAgency }),
  )
})

type P = { Field: string; Operator?: string; Value: string }[]
const rows = (caller: ReturnType<typeof as>, preds: P, extra = {}) =>
  find(ctx.service, caller, preds, extra).map(
    (l) => `${l.ManagingCustomerId}:${l.ClientEntityId}`,
  )
const A = (id: string) => `${IDS.agency}:${id}`
const O = (id: string) => `${IDS.otherAgency}:${id}`

describe("SearchClientLinks request rules", () => {
  it.each([
    [{ PageInfo: { Index: 0, Size: 10 } }, 3079],
    [{ Predicates: [], PageInfo: { Index: 0, Size: 10 } }, 3079],
    [
      {
        Predicates: [
          {
            Field: "DirectManagingCustomerId",
            Operator: "In",
            Value: IDS.agency,
          },
        ],
      },
      3030,
    ],
    [
      {
        Predicates: [{ Field: "Status", Operator: "Equals", Value: "Active" }],
      },
      3030,
    ],
    [
      {
        Predicates: [
          { Field: "ClientAccountId", Operator: "Equals", Value: "abcd" },
        ],
      },
      3030,
    ],
    [
      {
        Predicates: [
          {
            Field: "ClientAccountId",
            Operator: "In",
            Value: Array(11).fill(IDS.acc1).join(","),
          },
        ],
      },
      3030,
    ],
    [{ Predicates: "all" }, 3030],
    [
      {
        Predicates: [
          {
            Field: "DirectManagingCustomerId",
            Operator: "Equals",
            Value: IDS.agency,
          },
        ],
        PageInfo: { Index: "0" },
      },
      3080,
    ],
  ])("answers %j with ApiFault %i", (body, code) => {
    const page = "PageInfo" in body ? {} : { PageInfo: { Index: 0, Size: 10 } }
    const res = ctx.service.search(agency, { ...page, ...body }, "trk")
    expect(res.status).toBe(400)
    expect(apiFaultSchema.parse(res.body)).toMatchObject({
      TrackingId: "trk",
      OperationErrors: [{ Code: code }],
    })
  })

  it.each([
    [
      [
        { Field: "DirectManagingCustomerId", Value: IDS.agency },
        { Field: "ManagingCustomerId", Value: IDS.agency },
      ],
      {},
    ],
    [
      [
        { Field: "ClientAccountId", Value: IDS.acc1 },
        { Field: "ClientCustomerId", Value: IDS.target },
      ],
      {},
    ],
    [
      [{ Field: "ClientAccountId", Value: IDS.acc1 }],
      { PageInfo: { Index: 0, Size: 101 } },
    ],
    [
      [{ Field: "ClientAccountId", Value: IDS.acc1 }],
      { PageInfo: { Index: 0 } },
    ],
    [[{ Field: "ClientAccountId", Value: IDS.acc1 }], { PageInfo: null }],
    [
      [{ Field: "ClientAccountId", Value: IDS.acc1 }],
      { PageInfo: { Index: -1, Size: 5 } },
    ],
    [
      [{ Field: "ClientAccountId", Value: IDS.acc1 }],
      { Ordering: [{ Field: "LifeCycleStatus", Order: "Ascending" }] },
    ],
  ])("refuses predicates %j with %j", (preds, extra) => {
    expect(() => find(ctx.service, agency, preds, extra)).toThrow(
      /"Code":30(30|80)/,
    )
  })

  it("answers 106 (AdApiFaultDetail, 403) for a manager predicate on a customer the caller has no role on", () => {
    for (const Field of ["DirectManagingCustomerId", "ManagingCustomerId"]) {
      const res = ctx.service.search(
        as(USERS.clientAdmin),
        {
          Predicates: [{ Field, Operator: "Equals", Value: IDS.agency }],
          PageInfo: { Index: 0, Size: 10 },
        },
        "t",
      )
      expect(res.status).toBe(403)
      expect(adApiFaultDetailSchema.parse(res.body).Errors[0]).toMatchObject({
        Code: 106,
        ErrorCode: "UserIsNotAuthorized",
      })
    }
  })
})

describe("SearchClientLinks predicates and visibility", () => {
  it("DirectManagingCustomerId: account and customer links of that manager only, latest per pair", () => {
    expect(
      rows(agency, [{ Field: "DirectManagingCustomerId", Value: IDS.agency }]),
    ).toEqual([A(IDS.target), A(IDS.acc1), A(IDS.acc2), A(IDS.acc3)])
    expect(linkOf(ctx.service, IDS.acc3)).toMatchObject({
      Name: "Alpha",
      Status: "LinkPending",
    })
  })

  it("ManagingCustomerId: account links, plus other managers' links to the same accounts when visible", () => {
    const m = [{ Field: "ManagingCustomerId", Value: IDS.agency }]
    expect(rows(agency, m)).toEqual([A(IDS.acc1), A(IDS.acc2), A(IDS.acc3)])
    expect(rows(as(withRoles(IDS.agency, IDS.client)), m)).toEqual([
      A(IDS.acc1),
      O(IDS.acc1),
      A(IDS.acc2),
      A(IDS.acc3),
    ])
  })

  it("ClientAccountId Equals/In: account links to those accounts, as far as the caller may see", () => {
    const In = [
      {
        Field: "ClientAccountId",
        Operator: "In",
        Value: `${IDS.acc2},${IDS.acc1}`,
      },
    ]
    expect(rows(agency, In)).toEqual([A(IDS.acc1), A(IDS.acc2)])
    expect(rows(other, In)).toEqual([O(IDS.acc1)])
    expect(
      rows(as(USERS.client2Admin), [
        { Field: "ClientAccountId", Value: IDS.acc1 },
      ]),
    ).toEqual([])
  })

  it("ClientAccountId + ManagingCustomerId: ManagingCustomerId is ignored", () => {
    const u = as(withRoles(IDS.agency, IDS.client2))
    expect(
      rows(u, [
        { Field: "ClientAccountId", Value: IDS.acc2Other },
        { Field: "ManagingCustomerId", Value: IDS.agency },
      ]),
    ).toEqual([O(IDS.acc2Other)])
  })

  it("ClientAccountId + DirectManagingCustomerId and ClientCustomerId + DirectManagingCustomerId: AND", () => {
    const u = as(withRoles(IDS.agency, IDS.client))
    const dm = { Field: "DirectManagingCustomerId", Value: IDS.agency }
    expect(
      rows(u, [{ Field: "ClientAccountId", Value: IDS.acc1 }, dm]),
    ).toEqual([A(IDS.acc1)])
    expect(
      rows(agency, [{ Field: "ClientCustomerId", Value: IDS.target }, dm]),
    ).toEqual([A(IDS.target)])
    expect(
      rows(agency, [{ Field: "ClientAccountId", Value: IDS.target }]),
    ).toEqual([])
  })

  it("ClientCustomerId: customer links only; with ManagingCustomerId the AND is empty", () => {
    expect(
      rows(agency, [{ Field: "ClientCustomerId", Value: IDS.target }]),
    ).toEqual([A(IDS.target)])
    expect(
      rows(agency, [
        { Field: "ClientCustomerId", Value: IDS.target },
        { Field: "ManagingCustomerId", Value: IDS.agency },
      ]),
    ).toEqual([])
  })

  it("a client-side caller sees every manager's link to its account, with Equals only", () => {
    const client = as(USERS.clientViewer)
    expect(
      rows(client, [{ Field: "ClientAccountId", Value: IDS.acc1 }]),
    ).toEqual([A(IDS.acc1), O(IDS.acc1)])
    expect(() =>
      rows(client, [
        { Field: "ClientAccountId", Operator: "In", Value: IDS.acc1 },
      ]),
    ).toThrow(/3030/)
  })
})

describe("SearchClientLinks ordering, paging and wire shape", () => {
  const dm = [{ Field: "DirectManagingCustomerId", Value: IDS.agency }]
  const names = (Field: string, Order: string) =>
    find(ctx.service, agency, dm, {
      Ordering: [
        { Field, Order },
        { Field: "Number", Order: "Descending" },
      ],
    }).map((l) => l.Name)

  it("orders by Name (case-insensitive), Id and Number, both ways; the first OrderBy only", () => {
    const byName = [
      "Alpha",
      "beta",
      "gamma",
      `Link F${IDS.acc2} to C${IDS.agency}`,
    ]
    expect(names("Name", "Ascending")).toEqual(byName)
    expect(names("Name", "Descending")).toEqual([...byName].reverse())
    const ids = (Order: string) =>
      find(ctx.service, agency, dm, { Ordering: [{ Field: "Id", Order }] }).map(
        (l) => l.ClientEntityId,
      )
    expect(ids("Ascending")).toEqual([IDS.target, IDS.acc1, IDS.acc2, IDS.acc3])
    expect(ids("Descending")).toEqual([
      IDS.acc3,
      IDS.acc2,
      IDS.acc1,
      IDS.target,
    ])
    const u = as(withRoles(IDS.agency, IDS.client))
    const num = (Order: string) =>
      rows(u, [{ Field: "ClientAccountId", Value: IDS.acc1 }], {
        Ordering: [{ Field: "Number", Order }],
      })
    expect(num("Ascending")).toEqual([A(IDS.acc1), O(IDS.acc1)])
    expect(num("Descending")).toEqual([O(IDS.acc1), A(IDS.acc1)])
  })

  it("pages from index 0 with no total, past the end an empty page", () => {
    const page = (Index: number) =>
      rows(agency, dm, { PageInfo: { Index, Size: 3 } })
    expect([...page(0), ...page(1)]).toEqual(rows(agency, dm))
    expect(page(1)).toHaveLength(1)
    expect(page(2)).toEqual([])
  })

  it("sends exactly the wire members and reflects writes made after a cached search", () => {
    const res = ctx.service.search(
      agency,
      {
        Predicates: [
          {
            Field: "DirectManagingCustomerId",
            Operator: "Equals",
            Value: IDS.agency,
          },
        ],
        PageInfo: { Index: 0, Size: 100 },
      },
      "t",
    )
    expect(Object.keys(res.body as object)).toEqual(["ClientLinks"])
    const links = searchClientLinksResponseSchema.parse(res.body).ClientLinks!
    for (const l of links) expect(Object.keys(l)).toEqual(CLIENT_LINK_MEMBERS)
    expect(JSON.stringify(res.body)).toMatch(/"ClientEntityId":"\d+"/)
    ctx.service.update(
      agency,
      updateBody(linkOf(ctx.service, IDS.acc1), "LinkCanceled"),
      "t",
    )
    ctx.service.add(agency, { ClientLinks: [accountLink(IDS.acc4)] }, "t")
    expect(linkOf(ctx.service, IDS.acc1).Status).toBe("LinkCanceled")
    expect(rows(agency, dm)).toContain(A(IDS.acc4))
  })
})
