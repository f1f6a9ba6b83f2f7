import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import type { ClientLinkWrite } from "@/lib/ads-api/client.server"
import { startBudget } from "@/lib/ads-api/wait-budget"
import type * as Gather from "@/lib/grid/gather.server"
import { invalidateGathered } from "@/lib/grid/gather.server"
import { SessionExpiredError } from "@/lib/link-rules/errors"
import {
  linkKey,
  startUpstream,
  type Upstream,
} from "@/test/route-harness.test-support"

import { sendInvitations } from "./invite.server"
import { changeLinkStatuses } from "./status.server"
import type { WriteCaller } from "./write-caller"

vi.mock("@/lib/grid/gather.server", async (importOriginal) => ({
  ...(await importOriginal<typeof Gather>()),
  invalidateGathered: vi.fn(),
}))

/**
 * Each write service owns what follows the write: the resend after an expired token and
 * dropping what the grid gathered. A route that only parses and serialises gets both.
 */
let up: Upstream
beforeEach(async () => {
  vi.resetAllMocks()
  up = await startUpstream()
})
afterEach(() => up.close())

const ADMIN = "admin@contoso.example"

/** The admin as a write caller; `refresh` says whether a token refresh succeeds. */
function adminCaller(refresh: boolean): WriteCaller {
  const s = up.sessionFor(ADMIN)
  return {
    user: s.user,
    customer: s.customer,
    permissions: s.permissions,
    client: up.clientFor(s),
    refreshedClient: () =>
      Promise.resolve(refresh ? up.clientFor(up.sessionFor(ADMIN)) : null),
    budget: startBudget(),
  }
}

const invite = (accountId: string): ClientLinkWrite => ({
  Type: "AccountLink",
  ClientEntityId: accountId,
  ManagingCustomerId: up.plan.agencyCustomerId,
  IsBillToClient: true,
})
const freeAccount = () => {
  const id = up.plan.freeAccountIds[0]
  if (!id) throw new Error("seed has no free account")
  return id
}

describe("sendInvitations", () => {
  it("drops what the grid gathered for the caller's customer", async () => {
    const caller = adminCaller(false)
    const results = await sendInvitations(caller, [invite(freeAccount())])
    expect(results).toEqual([{ ok: true }])
    expect(invalidateGathered).toHaveBeenCalledWith(
      caller.user.id,
      caller.customer.id,
    )
  })

  it("sends the rows refused for an expired token once more, with a refreshed one", async () => {
    const caller = adminCaller(true)
    up.expireTokens()
    const results = await sendInvitations(caller, [invite(freeAccount())])
    expect(results).toEqual([{ ok: true }])
    expect(invalidateGathered).toHaveBeenCalledTimes(1)
  })

  it("fails as SessionExpiredError when the refresh fails, and still drops the grid", async () => {
    const caller = adminCaller(false)
    up.expireTokens()
    await expect(
      sendInvitations(caller, [invite(freeAccount())]),
    ).rejects.toBeInstanceOf(SessionExpiredError)
    expect(invalidateGathered).toHaveBeenCalledTimes(1)
  })
})

describe("changeLinkStatuses", () => {
  it("drops what the grid gathered for the caller's customer", async () => {
    const pending = (await up.agencyLinks()).find(
      (l) => l.Type === "AccountLink" && l.Status === "LinkPending",
    )
    if (!pending) throw new Error("seed has no pending link")
    const caller = adminCaller(false)
    const results = await changeLinkStatuses(caller, {
      action: "cancel",
      links: [linkKey(pending)],
    })
    expect(results).toEqual([{ ok: true }])
    expect(invalidateGathered).toHaveBeenCalledWith(
      caller.user.id,
      caller.customer.id,
    )
  })
})
