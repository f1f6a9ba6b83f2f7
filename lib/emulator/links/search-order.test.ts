import { beforeEach, describe, expect, it } from "vitest"

import {
  CLIENT_LINK_MEMBERS,
  searchClientLinksResponseSchema,
} from "@/lib/ads-api/wire"

import {
  A,
  agency,
  O,
  searchScenario,
  withRoles,
} from "./search-fixture.test-support"
import {
  accountLink,
  as,
  find,
  IDS,
  linkOf,
  updateBody,
} from "./fixture.test-support"

let ctx: ReturnType<typeof searchScenario>
let rows: ReturnType<typeof searchScenario>["rows"]
beforeEach(() => {
  ctx = searchScenario()
  rows = ctx.rows
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
