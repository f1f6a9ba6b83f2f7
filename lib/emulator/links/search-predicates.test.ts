import { beforeEach, describe, expect, it } from "vitest"

import {
  A,
  agency,
  O,
  other,
  searchScenario,
  withRoles,
} from "./search-fixture.test-support"
import { as, IDS, linkOf, USERS } from "./fixture.test-support"

let ctx: ReturnType<typeof searchScenario>
let rows: ReturnType<typeof searchScenario>["rows"]
beforeEach(() => {
  ctx = searchScenario()
  rows = ctx.rows
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
