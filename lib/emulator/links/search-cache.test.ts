import { describe, expect, it } from "vitest"

import { ROLE } from "../types"
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
} from "./fixture.test-support"

const agency = as(USERS.agencyAdmin)
const both = as({
  ...USERS.agencyAdmin,
  roles: [IDS.agency, IDS.client, IDS.otherAgency].map((CustomerId) => ({
    CustomerId,
    RoleId: ROLE.SuperAdmin,
  })),
})
const QUERIES = [
  [{ Field: "DirectManagingCustomerId", Value: IDS.agency }],
  [{ Field: "ManagingCustomerId", Value: IDS.agency }],
  [
    {
      Field: "ClientAccountId",
      Operator: "In",
      Value: `${IDS.acc1},${IDS.acc3}`,
    },
  ],
  [{ Field: "ClientCustomerId", Value: IDS.target }],
]
const ORDERS = ["Id", "Name", "Number"].flatMap((Field) =>
  ["Ascending", "Descending"].map((Order) => ({ Field, Order })),
)

/** Every query × order × caller, as rows of manager:entity:name:status. */
function all(service: ReturnType<typeof setup>["service"]) {
  return [agency, both].flatMap((caller) =>
    QUERIES.flatMap((q) =>
      ORDERS.map((o) =>
        find(service, caller, q, { Ordering: [o] })
          .map(
            (l) =>
              `${l.ManagingCustomerId}:${l.ClientEntityId}:${l.Name}:${l.Status}`,
          )
          .join(" "),
      ),
    ),
  )
}

describe("search cache", () => {
  it("gives after writes exactly what a cold service gives for every query and order", () => {
    const ctx = setup()
    const add = (caller: typeof agency, link: object) =>
      ctx.service.add(caller, { ClientLinks: [link] }, "t")
    add(agency, accountLink(IDS.acc2, { Name: "mid" }))
    all(ctx.service) // warm every entry
    add(agency, accountLink(IDS.acc1, { Name: "zeta" }))
    add(
      as(USERS.otherAdmin),
      accountLink(IDS.acc3, {
        ManagingCustomerId: IDS.otherAgency,
        Name: "Other",
      }),
    )
    add(agency, customerLink(IDS.target, { Name: "aaa" }))
    add(agency, accountLink(IDS.acc3, { Name: "Kappa" }))
    ctx.service.update(
      agency,
      updateBody(linkOf(ctx.service, IDS.acc1), "LinkCanceled"),
      "t",
    )
    add(agency, accountLink(IDS.acc1, { Name: "Alpha again" }))
    add(agency, accountLink(IDS.acc4))
    const warm = all(ctx.service)

    const cold = setup()
    cold.clock.t = ctx.clock.t
    cold.service.restore(JSON.parse(JSON.stringify(ctx.service.snapshot())))
    expect(warm).toEqual(all(cold.service))
    expect(warm.join()).toContain("Alpha again")
    expect(warm.join()).not.toContain("zeta")
  })
})
