import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"

import { LINK_TIMINGS } from "./lifecycle"
import type { LinkSnapshot } from "./snapshot"
import {
  accountLink,
  adminOf,
  agencyCaller,
  clientCaller,
  codes,
  IDS,
  linkOf,
  setup,
  updateBody,
} from "./fixture.test-support"

type Ctx = ReturnType<typeof setup>
const T = LINK_TIMINGS

export const ENDED = [
  "LinkCanceled",
  "LinkDeclined",
  "LinkExpired",
  "LinkFailed",
  "Inactive",
] as const
export const BLOCKING = [
  "LinkPending",
  "LinkAccepted",
  "LinkInProgress",
  "Active",
  "UnlinkPending",
  "UnlinkInProgress",
] as const

export { agencyCaller, clientCaller } from "./fixture.test-support"

/** A fresh service holding one pending invitation from the agency to account acc1. */
export function pendingInvite(): Ctx {
  const ctx = setup()
  ctx.service.add(agencyCaller, { ClientLinks: [accountLink(IDS.acc1)] }, "t")
  return ctx
}

/** Sends a link (acc1's, the main agency's, by default) back as Search returns it, with `status` (and `extra`) changed. */
export const sendStatus = (
  ctx: Ctx,
  caller: typeof agencyCaller,
  status: string,
  extra = {},
  accountId: string = IDS.acc1,
  manager: string = IDS.agency,
) =>
  ctx.service.update(
    caller,
    updateBody(linkOf(ctx.service, accountId, manager), status, extra),
    "t",
  )

const ok = (body: unknown) => {
  const c = codes(body)
  if (c.some((x) => x !== null)) throw new Error(JSON.stringify(body))
}

/**
 * Brings the (manager, account) link to `status` through the public operations and the
 * clock only (LinkFailed, which nothing in the emulator produces, through a snapshot).
 */
export function driveTo(
  ctx: Ctx,
  accountId: string,
  status: ClientLinkStatus,
  manager: string = IDS.agency,
): void {
  const { service, clock } = ctx
  const agency = adminOf(manager)
  const client = clientCaller
  const write = (to: string, caller = agency) =>
    ok(sendStatus(ctx, caller, to, {}, accountId, manager).body)
  ok(
    service.add(
      agency,
      {
        ClientLinks: [accountLink(accountId, { ManagingCustomerId: manager })],
      },
      "t",
    ).body,
  )
  if (status === "LinkPending") return
  if (status === "LinkCanceled") return write("LinkCanceled")
  if (status === "LinkDeclined") return write("LinkDeclined", client)
  if (status === "LinkExpired") return clock.advance(T.pendingExpiryMs)
  if (status === "LinkFailed") {
    const snap = service.snapshot() as LinkSnapshot
    const rec = snap.records.at(-1)!
    rec.status = "LinkFailed"
    rec.due = null
    return service.restore(snap)
  }
  write("LinkAccepted", client)
  if (status === "LinkAccepted") return
  clock.advance(T.acceptedToInProgressMs)
  service.tick()
  if (status === "LinkInProgress") return
  clock.advance(T.inProgressToActiveMs)
  service.tick()
  if (status === "Active") return
  write("UnlinkRequested")
  if (status === "UnlinkPending") return
  clock.advance(T.unlinkPendingToInProgressMs)
  service.tick()
  if (status === "UnlinkInProgress") return
  clock.advance(T.unlinkInProgressToInactiveMs)
  service.tick()
  if (status === "Inactive") return
  throw new Error(`cannot drive to ${status}`)
}
