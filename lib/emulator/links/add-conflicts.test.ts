import { describe, expect, it } from "vitest"

import {
  accountLink,
  add,
  agencyCaller,
  codes,
  find,
  IDS,
  setup,
} from "./fixture.test-support"
import { BLOCKING, driveTo, ENDED } from "./drive.test-support"

describe("AddClientLinks: conflicts with existing links", () => {
  it("refuses a prepaid account with 1471, whoever pays", () => {
    const { service } = setup()
    const res = add(service, [
      accountLink(IDS.prepaid, { IsBillToClient: true }),
      accountLink(IDS.prepaid, { IsBillToClient: false }),
    ])
    expect(codes(res.body)).toEqual([[1471], [1471]])
  })

  it("refuses a duplicate invitation with 1410, also within one request", () => {
    const { service } = setup()
    expect(
      codes(add(service, [accountLink(IDS.acc1), accountLink(IDS.acc1)]).body),
    ).toEqual([null, [1410]])
    expect(codes(add(service, [accountLink(IDS.acc1)]).body)).toEqual([[1410]])
  })

  it.each([
    ["LinkAccepted", 1424],
    ["LinkInProgress", 1472],
    ["Active", 1424],
    ["UnlinkPending", 1424],
    ["UnlinkInProgress", 1472],
  ] as const)(
    "refuses while another agency's link is %s: %i",
    (status, code) => {
      const ctx = setup()
      driveTo(ctx, IDS.acc1, status, IDS.otherAgency)
      expect(codes(add(ctx.service, [accountLink(IDS.acc1)]).body)).toEqual([
        [code],
      ])
    },
  )

  it.each(["LinkPending", "LinkDeclined", "Inactive"] as const)(
    "allows an invitation while another agency's link is %s",
    (status) => {
      const ctx = setup()
      driveTo(ctx, IDS.acc1, status, IDS.otherAgency)
      expect(codes(add(ctx.service, [accountLink(IDS.acc1)]).body)).toEqual([
        null,
      ])
    },
  )

  it.each(BLOCKING)(
    "refuses a duplicate while the latest link is %s: 1410, or 1472 mid-transition",
    (status) => {
      const ctx = setup()
      driveTo(ctx, IDS.acc1, status)
      const code = status.endsWith("InProgress") ? 1472 : 1410
      expect(codes(add(ctx.service, [accountLink(IDS.acc1)]).body)).toEqual([
        [code],
      ])
    },
  )

  it.each(ENDED)(
    "allows a new invitation after %s and keeps the old link in history",
    (status) => {
      const ctx = setup()
      driveTo(ctx, IDS.acc1, status)
      const before = ctx.service.count()
      expect(
        codes(
          add(ctx.service, [accountLink(IDS.acc1, { Name: "Again" })]).body,
        ),
      ).toEqual([null])
      expect(ctx.service.count()).toBe(before + 1)
      const hits = find(ctx.service, agencyCaller, [
        { Field: "ClientAccountId", Value: IDS.acc1 },
      ])
      expect(hits.map((l) => [l.Name, l.Status])).toEqual([
        ["Again", "LinkPending"],
      ])
    },
  )
})
