import { describe, expect, it } from "vitest"

import { LINK_TIMINGS as T } from "./lifecycle"
import { driveTo } from "./drive.test-support"
import {
  accountLink,
  as,
  IDS,
  linkOf,
  setup,
  updateBody,
  USERS,
} from "./fixture.test-support"

const agency = as(USERS.agencyAdmin)
const client = as(USERS.clientAdmin)
const status = (ctx: ReturnType<typeof setup>) =>
  linkOf(ctx.service, IDS.acc1).Status

describe("system transitions on the clock", () => {
  it("moves LinkAccepted → LinkInProgress after 1 minute → Active 5 minutes later", () => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, "LinkAccepted")
    ctx.clock.advance(T.acceptedToInProgressMs - 1)
    expect(status(ctx)).toBe("LinkAccepted")
    ctx.clock.advance(1)
    expect(status(ctx)).toBe("LinkInProgress")
    ctx.clock.advance(T.inProgressToActiveMs - 1)
    expect(status(ctx)).toBe("LinkInProgress")
    ctx.clock.advance(1)
    const link = linkOf(ctx.service, IDS.acc1)
    expect(link.Status).toBe("Active")
    expect(link.LastModifiedByUserId).toBeNull()
    expect(Date.parse(link.LastModifiedDateTime!)).toBe(ctx.clock.t)
  })

  it("applies a chain of due transitions at their own times when the clock jumps", () => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, "LinkAccepted")
    const accepted = ctx.clock.t
    ctx.clock.advance(10 * 24 * 3600_000)
    const link = linkOf(ctx.service, IDS.acc1)
    expect(link.Status).toBe("Active")
    expect(Date.parse(link.LastModifiedDateTime!)).toBe(
      accepted + T.acceptedToInProgressMs + T.inProgressToActiveMs,
    )
  })

  it("keeps LinkInProgress until a future StartDate has come", () => {
    const ctx = setup()
    const start = ctx.clock.t + 2 * 24 * 3600_000
    ctx.service.add(
      agency,
      {
        ClientLinks: [
          accountLink(IDS.acc1, { StartDate: new Date(start).toISOString() }),
        ],
      },
      "t",
    )
    ctx.service.update(
      client,
      updateBody(linkOf(ctx.service, IDS.acc1), "LinkAccepted"),
      "t",
    )
    ctx.clock.advance(T.acceptedToInProgressMs + T.inProgressToActiveMs)
    expect(status(ctx)).toBe("LinkInProgress")
    ctx.clock.t = start - 1
    expect(status(ctx)).toBe("LinkInProgress")
    ctx.clock.t = start
    expect(status(ctx)).toBe("Active")
  })

  it("moves UnlinkPending → UnlinkInProgress after 1 minute → Inactive 5 minutes later", () => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, "UnlinkPending")
    ctx.clock.advance(T.unlinkPendingToInProgressMs)
    expect(status(ctx)).toBe("UnlinkInProgress")
    ctx.clock.advance(T.unlinkInProgressToInactiveMs - 1)
    expect(status(ctx)).toBe("UnlinkInProgress")
    ctx.clock.advance(1)
    expect(status(ctx)).toBe("Inactive")
  })

  it("expires a pending invitation 30 days after it was sent, not after later note edits", () => {
    const ctx = setup()
    ctx.service.add(agency, { ClientLinks: [accountLink(IDS.acc1)] }, "t")
    ctx.clock.advance(20 * 24 * 3600_000)
    const link = linkOf(ctx.service, IDS.acc1)
    ctx.service.update(
      agency,
      updateBody(link, "LinkPending", { Note: "reminder" }),
      "t",
    )
    ctx.clock.advance(T.pendingExpiryMs - 20 * 24 * 3600_000 - 1)
    expect(status(ctx)).toBe("LinkPending")
    ctx.clock.advance(1)
    expect(linkOf(ctx.service, IDS.acc1)).toMatchObject({
      Status: "LinkExpired",
      LastModifiedByUserId: null,
    })
  })

  it("does not expire a link the client accepted", () => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, "LinkAccepted")
    ctx.clock.advance(T.pendingExpiryMs * 2)
    expect(status(ctx)).toBe("Active")
  })

  it("runs due transitions on tick() alone and gives each a new Timestamp", () => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, "LinkAccepted")
    const before = ctx.service.snapshot()
    ctx.clock.advance(T.acceptedToInProgressMs)
    ctx.service.tick()
    expect(ctx.service.snapshot()).not.toEqual(before)
    const after = linkOf(ctx.service, IDS.acc1)
    expect(after.Status).toBe("LinkInProgress")
  })
})

describe("snapshot and restore", () => {
  it("round-trips through JSON and keeps the pending transitions", () => {
    const ctx = setup()
    driveTo(ctx, IDS.acc1, "LinkAccepted")
    ctx.service.add(agency, { ClientLinks: [accountLink(IDS.acc2)] }, "t")
    const json = JSON.stringify(ctx.service.snapshot())
    const copy = setup()
    copy.clock.t = ctx.clock.t
    copy.service.restore(JSON.parse(json))
    expect(copy.service.count()).toBe(ctx.service.count())
    expect(copy.service.snapshot()).toEqual(ctx.service.snapshot())
    copy.clock.advance(T.acceptedToInProgressMs + T.inProgressToActiveMs)
    expect(status(copy)).toBe("Active")
    expect(
      copy.service.add(agency, { ClientLinks: [accountLink(IDS.acc3)] }, "t")
        .status,
    ).toBe(200)
    const fresh = linkOf(copy.service, IDS.acc3).Timestamp
    expect([
      linkOf(copy.service, IDS.acc1).Timestamp,
      linkOf(copy.service, IDS.acc2).Timestamp,
    ]).not.toContain(fresh)
  })

  it("refuses a snapshot that is not ours and keeps the state", () => {
    const ctx = setup()
    ctx.service.add(agency, { ClientLinks: [accountLink(IDS.acc1)] }, "t")
    expect(() => ctx.service.restore({ records: "nope" })).toThrow()
    expect(ctx.service.count()).toBe(1)
  })
})
