import { beforeEach, describe, expect, it } from "vitest"

import { adApiFaultDetailSchema, apiFaultSchema } from "@/lib/ads-api/wire"

import { agency, searchScenario } from "./search-fixture.test-support"
import { as, find, IDS, USERS } from "./fixture.test-support"

let ctx: ReturnType<typeof searchScenario>
beforeEach(() => {
  ctx = searchScenario()
})

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
