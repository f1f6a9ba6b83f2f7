import { beforeEach, describe, expect, it, vi } from "vitest"

import { POST as invitePost } from "@/app/api/client-links/invite/route"
import { POST as statusPost } from "@/app/api/client-links/status/route"
import { getUpstreamSession } from "@/lib/auth/session"
import type { RowResult } from "@/lib/client-links/requests"
import { CALL_RATE_EXCEEDED } from "@/lib/client-links/errors"
import { DEFAULT_RETRY_POLICY } from "@/lib/client-links/retry"
import { pauses, sentDuringPauses } from "@/test/paced-sleep"
import { linkKey, type Upstream } from "@/test/route-harness"
import { entityCalls, sendBulk } from "@/test/upstream-checks"
import { upstreamPerTest } from "@/test/upstream-per-test"

vi.mock("@/lib/auth/session", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
  upstreamClient: vi.fn(),
}))
// Production waits the whole Retry-After (60 s); here every pause runs 200 times faster.
vi.mock("@/lib/client-links/retry", async (importOriginal) => {
  const { pacedSleep } = await import("@/test/paced-sleep")
  const actual = await importOriginal<object>()
  return { ...actual, realSleep: pacedSleep }
})

/**
 * 429 storms (the emulator answers CallRateExceeded with Retry-After: 60 to N calls in a
 * row) during bulk invites and bulk status changes, through the real route handlers. After
 * each: every pause asked for is the Retry-After, no request left while any pause of the
 * same batch was running, no chunk was tried more than the policy allows, a storm the policy
 * outlasts gives every row a retryable 117 (and nothing written), and sending those rows
 * again completes the job with each link written once.
 */
const MAX = DEFAULT_RETRY_POLICY.maxAttempts
let up: Upstream

upstreamPerTest({ links: 200 }, (u) => (up = u))
beforeEach(() => {
  pauses.length = 0
})

const signIn = (email: string) =>
  vi.mocked(getUpstreamSession).mockResolvedValue(up.sessionFor(email))

const storm = (operation: string, calls: number) =>
  up.state.faults.schedule({
    operation,
    calls: Array.from({ length: calls }, (_, i) => i + 1),
    kind: "throttle",
  })

const seen = (operation: string) => entityCalls(up, operation)

/** The pause rule, the Retry-After rule and the attempts rule, for the run so far. */
function expectPolicyKept(operation: string) {
  expect(pauses.length).toBeGreaterThan(0)
  for (const p of pauses) expect(p.askedMs).toBe(60_000)
  expect(sentDuringPauses(up.calls.map((c) => c.at))).toEqual([])
  for (const [id, n] of seen(operation).sent)
    expect(n, id).toBeLessThanOrEqual(MAX)
}

/** Starts the next request's record afresh (the emulator keeps its state). */
function forget() {
  up.state.log.length = 0
  up.calls.length = 0
  pauses.length = 0
}

const expectThrottled = (results: RowResult[]) => {
  for (const r of results) {
    expect(r.ok).toBe(false)
    if (r.ok) continue
    expect(r.errors[0]).toMatchObject({
      code: CALL_RATE_EXCEEDED,
      retryable: true,
    })
    expect(r.errors[0]?.outcomeUnknown).toBeFalsy()
  }
}

describe("bulk invite in a 429 storm", () => {
  const rows = () =>
    up.plan.freeAccountIds.slice(0, 30).map((id) => ({
      Type: "AccountLink",
      ClientEntityId: id,
      ManagingCustomerId: up.plan.agencyCustomerId,
      IsBillToClient: true,
    }))
  const invite = (links: unknown[]) =>
    sendBulk(invitePost, "/api/client-links/invite", { links })

  it("rides out a storm shorter than the policy: all sent, each once", async () => {
    signIn("admin@contoso.example")
    storm("AddClientLinks", 6) // three chunks, each throttled twice
    const results = await invite(rows())
    expect(results).toEqual(rows().map(() => ({ ok: true })))
    expectPolicyKept("AddClientLinks")
    const { sent, applied } = seen("AddClientLinks")
    expect([...sent.values()]).toEqual(rows().map(() => 3))
    expect([...applied.values()]).toEqual(rows().map(() => 1))
  })

  it("fails every row with a retryable 117 when the storm outlasts the policy; resending completes", async () => {
    signIn("admin@contoso.example")
    storm("AddClientLinks", 3 * MAX)
    const first = await invite(rows())
    expectThrottled(first)
    expectPolicyKept("AddClientLinks")
    expect(seen("AddClientLinks").applied.size).toBe(0)

    forget()
    const again = await invite(rows())
    expect(again).toEqual(rows().map(() => ({ ok: true })))
    expect([...seen("AddClientLinks").applied.values()]).toEqual(
      rows().map(() => 1),
    )
  })
})

describe("bulk status change in a 429 storm", () => {
  it("cancels as the agency through a storm on every call, reads included", async () => {
    signIn("admin@contoso.example")
    const pending = (await up.agencyLinks())
      .filter((l) => l.Type === "AccountLink" && l.Status === "LinkPending")
      .slice(0, 30)
    expect(pending.length).toBeGreaterThan(20)
    storm("*", 8)
    const body = { action: "cancel", links: pending.map(linkKey) }
    const results = await sendBulk(statusPost, "/api/client-links/status", body)
    expect(results).toEqual(pending.map(() => ({ ok: true })))
    expectPolicyKept("UpdateClientLinks")
    for (const n of seen("UpdateClientLinks").applied.values())
      expect(n).toBe(1)
    const after = await up.agencyLinks()
    for (const l of pending)
      expect(
        after.find((x) => x.ClientEntityId === l.ClientEntityId)?.Status,
      ).toBe("LinkCanceled")
  })

  it("as the client, a storm the policy outlasts fails the accepts; resending accepts each once", async () => {
    signIn("admin@northwind.example")
    const keys = up.plan.clientAccountIds.slice(0, 4).map((id) => ({
      Type: "AccountLink",
      ClientEntityId: id,
      ManagingCustomerId: up.plan.agencyCustomerId,
    }))
    storm("UpdateClientLinks", MAX)
    const body = { action: "accept", links: keys }
    const first = await sendBulk(statusPost, "/api/client-links/status", body)
    expectThrottled(first)
    expectPolicyKept("UpdateClientLinks")
    expect(seen("UpdateClientLinks").applied.size).toBe(0)

    forget()
    storm("SearchClientLinks", 4) // the reads before the resend are throttled too
    const again = await sendBulk(statusPost, "/api/client-links/status", body)
    expect(again).toEqual(keys.map(() => ({ ok: true })))
    expectPolicyKept("UpdateClientLinks")
    expect([...seen("UpdateClientLinks").applied.values()]).toEqual(
      keys.map(() => 1),
    )
  })
})
