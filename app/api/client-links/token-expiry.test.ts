import { beforeEach, describe, expect, it, vi } from "vitest"

import { POST as invitePost } from "@/app/api/client-links/invite/route"
import { POST as statusPost } from "@/app/api/client-links/status/route"
import { refreshUpstreamSession } from "@/lib/auth/session.server"
import { helpForCode } from "@/lib/ads-api/error-codes"
import type { LinkKey, RowResult } from "@/lib/contract/writes"
import { linkKey, post, type Upstream } from "@/test/route-harness.test-support"
import {
  currentStatuses,
  entityCalls,
  sendBulk,
} from "@/test/upstream-checks.test-support"
import { upstreamPerTest } from "@/test/upstream-per-test.test-support"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

/**
 * Session edges in the middle of a bulk write of 3 chunks: the first chunk is applied, then
 * the access token expires (or the user's tokens are revoked) while the other two are on
 * their way (the emulator holds them 300 ms, so they are checked after the change). The
 * refresh either works (the 109 rows are sent once more, nothing twice) or fails (no success
 * is reported for a row that was not written, and each such row says to sign in again).
 */
const ADMIN = "admin@contoso.example"
let up: Upstream

upstreamPerTest({ links: 200, as: ADMIN }, (u) => (up = u))

/** After the first applied `operation` call, `change` happens once; later calls are held. */
function midway(operation: string, change: () => void) {
  up.state.faults.schedule({
    operation,
    calls: [2, 3],
    kind: "latency",
    latencyMs: 300,
  })
  up.onAfterCall(() => {
    if (
      up.state.log.some((e) => e.operation === operation && e.status === 200)
    ) {
      change()
      up.onAfterCall(null)
    }
  })
}

/** What the refresh gives: a new session (the emulator issues it then), or null (refused). */
const refreshTo = (session: () => ReturnType<Upstream["sessionFor"]> | null) =>
  vi
    .mocked(refreshUpstreamSession)
    .mockImplementation(() =>
      Promise.resolve({ session: session(), setCookie: [], persisted: true }),
    )

const perEntity = (operation: string) => entityCalls(up, operation)

const statusesOf = (
  entries: { operation: string; status: number }[],
  op: string,
) =>
  entries
    .filter((e) => e.operation === op)
    .map((e) => e.status)
    .sort()

/** The rows a failed refresh leaves: not sent, so retryable once the person has signed in again. */
function expectSignInAgain(r: RowResult | undefined, code: number) {
  expect(r?.ok).toBe(false)
  if (!r || r.ok) return
  expect(r.errors[0]).toMatchObject({ code, retryable: true })
  expect(helpForCode(code, "")).toMatch(/Sign in again/)
}

describe("bulk invite: the token expires after the first chunk", () => {
  const rows = () =>
    up.plan.freeAccountIds.slice(0, 30).map((id) => ({
      Type: "AccountLink",
      ClientEntityId: id,
      ManagingCustomerId: up.plan.agencyCustomerId,
      IsBillToClient: true,
    }))
  const invite = () =>
    sendBulk(invitePost, "/api/client-links/invite", { links: rows() })

  it("refreshes once and sends only the refused rows again: all invited, none twice", async () => {
    refreshTo(() => up.sessionFor(ADMIN))
    midway("AddClientLinks", up.expireTokens)
    const results = await invite()
    expect(results).toEqual(rows().map(() => ({ ok: true })))
    expect(refreshUpstreamSession).toHaveBeenCalledTimes(1)
    expect(statusesOf(up.state.log, "AddClientLinks")).toEqual([
      200, 200, 200, 401, 401,
    ])
    const { sent, applied } = perEntity("AddClientLinks")
    expect([...applied.values()]).toEqual(rows().map(() => 1))
    expect([...sent.values()].sort()).toEqual([
      ...Array<number>(10).fill(1),
      ...Array<number>(20).fill(2),
    ])
  })

  it("when the refresh fails, reports the first chunk sent and the rest as sign in again", async () => {
    refreshTo(() => null)
    midway("AddClientLinks", up.expireTokens)
    const results = await invite()
    const ok = results.flatMap((r, i) => (r.ok ? [i] : []))
    expect(ok).toHaveLength(10)
    const { applied } = perEntity("AddClientLinks")
    expect([...applied.keys()].sort()).toEqual(
      ok.map((i) => rows()[i]?.ClientEntityId).sort(),
    )
    results.forEach((r, i) => {
      if (!ok.includes(i)) expectSignInAgain(r, 109)
    })
    expect(statusesOf(up.state.log, "AddClientLinks")).toEqual([200, 401, 401])
  })

  it("when the user's tokens are revoked, no refresh helps: the rest fail with 105", async () => {
    refreshTo(() => null)
    const userId = up.state.userByEmail(ADMIN)?.Id ?? ""
    midway("AddClientLinks", () => up.state.tokens.revokeUser(userId))
    const results = await invite()
    expect(results.filter((r) => r.ok)).toHaveLength(10)
    for (const r of results) if (!r.ok) expectSignInAgain(r, 105)
    expect(perEntity("AddClientLinks").applied.size).toBe(10)
  })
})

describe("bulk cancel: the token expires mid-way", () => {
  let pending: LinkKey[]
  beforeEach(async () => {
    pending = (await up.agencyLinks())
      .filter((l) => l.Type === "AccountLink" && l.Status === "LinkPending")
      .map(linkKey)
    expect(pending.length).toBeGreaterThan(20)
  })
  const cancel = () =>
    sendBulk(statusPost, "/api/client-links/status", {
      action: "cancel",
      links: pending,
    })
  const statuses = () => currentStatuses(up, ADMIN, pending)

  it("after the first update chunk: refreshes once, every link canceled once", async () => {
    refreshTo(() => up.sessionFor(ADMIN))
    midway("UpdateClientLinks", up.expireTokens)
    const results = await cancel()
    expect(results).toEqual(pending.map(() => ({ ok: true })))
    expect(refreshUpstreamSession).toHaveBeenCalledTimes(1)
    for (const n of perEntity("UpdateClientLinks").applied.values())
      expect(n).toBe(1)
    expect(await statuses()).toEqual(pending.map(() => "LinkCanceled"))
  })

  it("after the reads, with a failed refresh: 401 session_expired, nothing canceled", async () => {
    refreshTo(() => null)
    const reads = Math.ceil(pending.length / 10) // 10 ids per search
    up.onAfterCall(() => {
      if (up.state.log.filter((e) => e.status === 200).length === reads) {
        up.expireTokens()
        up.onAfterCall(null)
      }
    })
    const res = await statusPost(
      post("/api/client-links/status", { action: "cancel", links: pending }),
    )
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({
      error: { code: "session_expired" },
    })
    expect(statusesOf(up.state.log, "UpdateClientLinks")).toEqual([
      401, 401, 401,
    ])
    expect(await statuses()).toEqual(pending.map(() => "LinkPending"))
  })
})
