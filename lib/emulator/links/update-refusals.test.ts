import { describe, expect, it } from "vitest"

import {
  agencyCaller as agency,
  BLOCKING,
  clientCaller as client,
  driveTo,
  ENDED,
  pendingInvite as pending,
  sendStatus as send,
} from "./drive.test-support"
import {
  accountLink,
  as,
  codes,
  customerLink,
  find,
  IDS,
  linkOf,
  setup,
  updateBody,
  USERS,
} from "./fixture.test-support"

describe("UpdateClientLinks: refusals", () => {
  it.each([
    ["agency", "LinkAccepted", "LinkPending", 106],
    ["agency", "LinkDeclined", "LinkPending", 106],
    ["client", "LinkCanceled", "LinkPending", 106],
    ["client", "UnlinkRequested", "Active", 106],
    ["agency", "UnlinkRequested", "LinkPending", 3083],
    ["agency", "LinkCanceled", "Active", 3083],
    ["client", "LinkAccepted", "Active", 3083],
    ["client", "LinkDeclined", "LinkInProgress", 1472],
    ["agency", "LinkCanceled", "UnlinkInProgress", 1472],
    ["agency", "Active", "LinkInProgress", 1472],
    ["agency", "Active", "LinkPending", 106],
    ["agency", "Inactive", "Active", 106],
  ] as const)("%s setting %s from %s → %i", (who, to, from, code) => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, from)
    const before = ctx.service.snapshot()
    expect(
      codes(send(ctx, who === "agency" ? agency : client, to).body),
    ).toEqual([[code]])
    expect(ctx.service.snapshot()).toEqual(before)
  })

  it.each(ENDED)("refuses any update of a %s link with 3083", (status) => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, status)
    for (const [caller, to] of [
      [agency, "LinkCanceled"],
      [client, "LinkAccepted"],
      [agency, status],
    ] as const)
      expect(codes(send(ctx, caller, to, { Note: "x" }).body)).toEqual([[3083]])
  })

  it.each([
    ["agency viewer", USERS.agencyViewer, "LinkCanceled"],
    ["agency campaign manager", USERS.agencyCampaignManager, "LinkCanceled"],
    ["client viewer", USERS.clientViewer, "LinkAccepted"],
    ["stranger", USERS.client2Admin, "LinkAccepted"],
    ["other agency", USERS.otherAdmin, "LinkCanceled"],
  ] as const)("refuses the %s with 106", (_, u, to) => {
    expect(codes(send(pending(), as(u), to).body)).toEqual([[106]])
  })

  it("refuses a customer-link write by a Standard user with 106", () => {
    const ctx = setup()
    ctx.service.add(agency, { ClientLinks: [customerLink(IDS.target)] }, "t")
    const [link] = find(ctx.service, agency, [
      { Field: "ClientCustomerId", Value: IDS.target },
    ])
    const res = ctx.service.update(
      as(USERS.agencyStandard),
      updateBody(link!, "LinkCanceled"),
      "t",
    )
    expect(codes(res.body)).toEqual([[106]])
  })

  it("answers 209 when the Timestamp is stale and 1480 when it is missing", () => {
    const ctx = pending()
    const stale = linkOf(ctx.service, IDS.acc1)
    send(ctx, agency, "LinkPending", { Note: "first" })
    expect(
      codes(
        ctx.service.update(agency, updateBody(stale, "LinkCanceled"), "t").body,
      ),
    ).toEqual([[209]])
    expect(
      codes(send(ctx, agency, "LinkCanceled", { Timestamp: null }).body),
    ).toEqual([[1480]])
    expect(
      codes(send(ctx, agency, "LinkCanceled", { Status: null }).body),
    ).toEqual([[1480]])
  })

  it.each([
    ["Name", "Renamed"],
    ["IsBillToClient", true],
    ["StartDate", "2030-01-01T00:00:00Z"],
    ["InviterEmail", "x@example.com"],
    ["Type", "CustomerLink"],
    ["ClientEntityNumber", "F0000000"],
    ["ManagingCustomerName", "Someone"],
  ])("refuses a change of read-only %s with 3083", (member, value) => {
    expect(
      codes(send(pending(), agency, "LinkCanceled", { [member]: value }).body),
    ).toEqual([[3083]])
  })

  it("treats null read-only members as unchanged and the same instant in another form as equal", () => {
    const ctx = pending()
    const link = linkOf(ctx.service, IDS.acc1)
    const res = send(ctx, agency, "LinkCanceled", {
      Name: null,
      StartDate: link.StartDate!.replace(".000Z", "+00:00"),
    })
    expect(codes(res.body)).toEqual([null])
  })

  it("answers ClientLinkNotFound and requires the identifying members", () => {
    const ctx = pending()
    const link = linkOf(ctx.service, IDS.acc1)
    const res = ctx.service.update(
      agency,
      {
        ClientLinks: [
          { ...link, ClientEntityId: IDS.acc2, Status: "LinkCanceled" },
          { ...link, ManagingCustomerNumber: null, Status: "LinkCanceled" },
        ],
      },
      "t",
    )
    expect(codes(res.body)).toEqual([[1482], [1480]])
  })

  it("refuses the client's accept with 1424 when another agency took the account meanwhile", () => {
    const ctx = pending()
    driveTo(ctx, IDS.acc1, "Active", IDS.otherAgency)
    expect(codes(send(ctx, client, "LinkAccepted").body)).toEqual([[1424]])
  })

  it("applies a batch in order with partial success", () => {
    const ctx = setup()
    for (const id of [IDS.acc1, IDS.acc2])
      ctx.service.add(agency, { ClientLinks: [accountLink(id)] }, "t")
    const a = linkOf(ctx.service, IDS.acc1)
    const b = linkOf(ctx.service, IDS.acc2)
    const res = ctx.service.update(
      agency,
      {
        ClientLinks: [
          { ...a, Status: "LinkCanceled" },
          { ...b, Status: "LinkAccepted" },
        ],
      },
      "t",
    )
    expect(codes(res.body)).toEqual([null, [106]])
    expect(BLOCKING).toContain(linkOf(ctx.service, IDS.acc2).Status)
  })
})
