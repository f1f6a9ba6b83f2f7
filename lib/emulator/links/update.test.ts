import { describe, expect, it } from "vitest"

import { writeClientLinksResponseSchema } from "@/lib/ads-api/wire"

import {
  agencyCaller as agency,
  clientCaller as client,
  driveTo,
  pendingInvite as pending,
  sendStatus as send,
} from "./drive.test-support"
import {
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

describe("UpdateClientLinks: allowed writes", () => {
  it("lets the agency cancel a pending invitation and stamps the write", () => {
    const ctx = pending()
    const before = linkOf(ctx.service, IDS.acc1)
    ctx.clock.advance(5_000)
    const res = ctx.service.update(
      as(USERS.agencyStandard),
      updateBody(before, "LinkCanceled"),
      "t",
    )
    expect(writeClientLinksResponseSchema.parse(res.body)).toEqual({
      OperationErrors: [],
      PartialErrors: [null],
    })
    const after = linkOf(ctx.service, IDS.acc1)
    expect(after.Status).toBe("LinkCanceled")
    expect(after.Timestamp).not.toBe(before.Timestamp)
    expect(after.LastModifiedByUserId).toBe(USERS.agencyStandard.Id)
    expect(Date.parse(after.LastModifiedDateTime!)).toBe(ctx.clock.t)
  })

  it.each(["LinkAccepted", "LinkDeclined"])(
    "lets the client set %s on a pending link",
    (status) => {
      const ctx = pending()
      expect(codes(send(ctx, client, status).body)).toEqual([null])
      expect(linkOf(ctx.service, IDS.acc1)).toMatchObject({
        Status: status,
        LastModifiedByUserId: USERS.clientAdmin.Id,
      })
    },
  )

  it("lets the agency unlink an Active link; it reads back as UnlinkPending", () => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, "Active")
    expect(codes(send(ctx, agency, "UnlinkRequested").body)).toEqual([null])
    expect(linkOf(ctx.service, IDS.acc1).Status).toBe("UnlinkPending")
  })

  it("lets either side change only the Note, sending the current status", () => {
    const ctx = pending()
    expect(
      codes(send(ctx, agency, "LinkPending", { Note: "call Ann" }).body),
    ).toEqual([null])
    expect(linkOf(ctx.service, IDS.acc1)).toMatchObject({
      Note: "call Ann",
      Status: "LinkPending",
    })
    expect(
      codes(send(ctx, agency, "LinkPending", { Note: null }).body),
    ).toEqual([null])
    expect(linkOf(ctx.service, IDS.acc1).Note).toBe("call Ann")
  })

  it("accepts a customer link by its Super Admin", () => {
    const ctx = setup()
    ctx.service.add(agency, { ClientLinks: [customerLink(IDS.target)] }, "t")
    const [link] = find(ctx.service, agency, [
      { Field: "ClientCustomerId", Value: IDS.target },
    ])
    const res = ctx.service.update(
      as(USERS.targetAdmin),
      updateBody(link!, "LinkAccepted"),
      "t",
    )
    expect(codes(res.body)).toEqual([null])
  })
})
