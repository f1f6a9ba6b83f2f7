import { describe, expect, it, vi } from "vitest"

import { POST as invitePost } from "@/app/api/client-links/invite/route"
import { POST as statusPost } from "@/app/api/client-links/status/route"
import { getUpstreamSession } from "@/lib/auth/session.server"
import { CALL_RATE_EXCEEDED } from "@/lib/ads-api/upstream-error"
import { isNotSent } from "@/lib/contract/row-result"
import type { RowResult } from "@/lib/contract/writes"
import { DEFAULT_RETRY_POLICY } from "@/lib/ads-api/retry"
import type * as waitBudget from "@/lib/ads-api/wait-budget"
import { REQUEST_WAIT_BUDGET_MS } from "@/lib/ads-api/wait-budget"
import {
  type FakeClock,
  fakeClock,
  sentDuringPauses,
} from "@/test/fake-clock.test-support"
import { linkKey, type Upstream } from "@/test/route-harness.test-support"
import { entityCalls, sendBulk } from "@/test/upstream-checks.test-support"
import { upstreamPerTest } from "@/test/upstream-per-test.test-support"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))
// Every request's budget runs on the test's virtual clock: no wall-clock waits.
const fake = vi.hoisted(() => ({ clock: null as FakeClock | null }))
vi.mock("@/lib/ads-api/wait-budget", async (importOriginal) => {
  const actual = await importOriginal<typeof waitBudget>()
  return {
    ...actual,
    startBudget: () => new actual.WaitBudget(fake.clock ?? actual.systemClock),
  }
})

/**
 * 429 storms (the emulator answers CallRateExceeded with the Retry-After asked for to N
 * calls in a row) during bulk invites and bulk status changes, through the real route
 * handlers. After each request: it answered within the wait budget (virtual time), every
 * pause asked for is the Retry-After, no call left while a pause of the same batch ran,
 * no chunk was tried more than the policy allows; a wait longer than the budget leaves
 * rows `notSent` with that wait (nothing written), and sending those rows again, as the
 * browser does, writes each link exactly once.
 */
const MAX = DEFAULT_RETRY_POLICY.maxAttempts
let up: Upstream
let clock: FakeClock

upstreamPerTest({ links: 200 }, (u) => {
  up = u
  clock = fakeClock(() => up.inFlight() > 0)
  fake.clock = clock
  up.setNow(() => clock.now())
})

const signIn = (email: string) =>
  vi.mocked(getUpstreamSession).mockResolvedValue(up.sessionFor(email))

const storm = (operation: string, calls: number[], retryAfterSeconds: number) =>
  up.state.faults.schedule({
    operation,
    calls,
    kind: "throttle",
    retryAfterSeconds,
  })
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

const seen = (operation: string) => entityCalls(up, operation)

/** One request, timed on the virtual clock: it must answer within the budget. */
async function timed(run: () => Promise<RowResult[]>): Promise<RowResult[]> {
  const start = clock.now()
  const results = await run()
  expect(clock.now() - start).toBeLessThanOrEqual(REQUEST_WAIT_BUDGET_MS)
  return results
}

/** The pause rule, the Retry-After rule and the attempts rule, for the run so far. */
function expectPolicyKept(operation: string, retryAfterMs: number) {
  for (const p of clock.pauses) expect(p.askedMs).toBe(retryAfterMs)
  expect(
    sentDuringPauses(
      clock,
      up.calls.map((c) => c.at),
    ),
  ).toEqual([])
  for (const [id, n] of seen(operation).sent)
    expect(n, id).toBeLessThanOrEqual(MAX)
}

const expectNotSent = (results: RowResult[], retryAfter: number) => {
  for (const r of results) {
    expect(r.ok).toBe(false)
    if (r.ok) continue
    expect(isNotSent(r) && r.retryAfter).toBe(retryAfter)
    expect(r.errors[0]).toMatchObject({
      code: CALL_RATE_EXCEEDED,
      retryable: true,
    })
  }
}

/** What the browser resends: only the rows answered `notSent`. */
const notSentOf = <T>(rows: T[], results: RowResult[]) =>
  rows.filter((_, i) => {
    const r = results[i]
    return r !== undefined && isNotSent(r)
  })

/** Each link written exactly once over every request of the test. */
const expectEachAppliedOnce = (operation: string, ids: string[]) => {
  const { applied } = seen(operation)
  expect(ids.map((id) => applied.get(id) ?? 0)).toEqual(ids.map(() => 1))
}

describe("bulk invite in a 429 storm", () => {
  const rows = () =>
    up.plan.freeAccountIds.slice(0, 30).map((id) => ({
      Type: "AccountLink",
      ClientEntityId: id,
      ManagingCustomerId: up.plan.agencyCustomerId,
      IsBillToClient: true,
    }))
  const ids = () => rows().map((r) => r.ClientEntityId)
  const invite = (links: unknown[]) =>
    timed(() => sendBulk(invitePost, "/api/client-links/invite", { links }))

  it("rides out short waits within the budget: all sent, each once", async () => {
    signIn("admin@contoso.example")
    storm("AddClientLinks", upTo(6), 5) // three chunks, each throttled twice
    const results = await invite(rows())
    expect(results).toEqual(rows().map(() => ({ ok: true })))
    expect(clock.pauses.length).toBeGreaterThan(0)
    expectPolicyKept("AddClientLinks", 5_000)
    expect([...seen("AddClientLinks").sent.values()]).toEqual(
      rows().map(() => 3),
    )
    expectEachAppliedOnce("AddClientLinks", ids())
  })

  it("answers at once when asked to wait past the budget: done rows and not-sent rows; resending writes each once", async () => {
    signIn("admin@contoso.example")
    storm("AddClientLinks", [2], 60) // one chunk of three is throttled for a minute
    const first = await invite(rows())
    expect(first.filter((r) => r.ok)).toHaveLength(20)
    expectNotSent(
      first.filter((r) => !r.ok),
      60,
    )
    expect(clock.pauses).toEqual([]) // it did not wait at all
    expect(seen("AddClientLinks").applied.size).toBe(20)

    const again = await invite(notSentOf(rows(), first))
    expect(again).toEqual(again.map(() => ({ ok: true })))
    expect(again).toHaveLength(10)
    expectEachAppliedOnce("AddClientLinks", ids())
  })

  it("stops waiting when the next pause would end past the budget", async () => {
    signIn("admin@contoso.example")
    storm("AddClientLinks", upTo(9), 8) // 0 s, 8 s, 16 s: a third pause would end at 24 s
    const first = await invite(rows())
    expectNotSent(first, 8)
    expectPolicyKept("AddClientLinks", 8_000)
    expect(clock.pauses.map((p) => p.end)).toContain(16_000)
    expect(seen("AddClientLinks").applied.size).toBe(0)

    const again = await invite(notSentOf(rows(), first))
    expect(again).toEqual(rows().map(() => ({ ok: true })))
    expectEachAppliedOnce("AddClientLinks", ids())
  })

  it("fails every row with a retryable 117 when the storm outlasts the attempts", async () => {
    signIn("admin@contoso.example")
    storm("AddClientLinks", upTo(3 * MAX), 1)
    const first = await invite(rows())
    for (const r of first) {
      expect(r.ok || isNotSent(r)).toBe(false)
      if (!r.ok)
        expect(r.errors[0]).toMatchObject({
          code: CALL_RATE_EXCEEDED,
          retryable: true,
        })
    }
    expectPolicyKept("AddClientLinks", 1_000)
    expect(seen("AddClientLinks").applied.size).toBe(0)
  })
})

describe("bulk status change in a 429 storm", () => {
  const pendingLinks = async () => {
    const pending = (await up.agencyLinks())
      .filter((l) => l.Type === "AccountLink" && l.Status === "LinkPending")
      .slice(0, 30)
    expect(pending.length).toBeGreaterThan(20)
    return pending
  }
  const cancel = (links: unknown[]) =>
    timed(() =>
      sendBulk(statusPost, "/api/client-links/status", {
        action: "cancel",
        links,
      }),
    )

  it("cancels as the agency through short waits on every call, reads included", async () => {
    signIn("admin@contoso.example")
    const pending = await pendingLinks()
    storm("*", upTo(8), 2)
    const results = await cancel(pending.map(linkKey))
    expect(results).toEqual(pending.map(() => ({ ok: true })))
    expectPolicyKept("UpdateClientLinks", 2_000)
    expectEachAppliedOnce(
      "UpdateClientLinks",
      pending.map((l) => l.ClientEntityId ?? ""),
    )
  })

  it("a long wait on the writes leaves them not sent; resending cancels each once", async () => {
    signIn("admin@contoso.example")
    const pending = await pendingLinks()
    storm("UpdateClientLinks", [1], 45)
    const keys = pending.map(linkKey)
    const first = await cancel(keys)
    expect(first.filter((r) => r.ok).length).toBe(pending.length - 10)
    expectNotSent(
      first.filter((r) => !r.ok),
      45,
    )
    const again = await cancel(notSentOf(keys, first))
    expect(again.every((r) => r.ok)).toBe(true)
    expectEachAppliedOnce(
      "UpdateClientLinks",
      pending.map((l) => l.ClientEntityId ?? ""),
    )
  })

  it("as the client, a long wait on the reads sends nothing; resending accepts each once", async () => {
    signIn("admin@northwind.example")
    const keys = up.plan.clientAccountIds.slice(0, 4).map((id) => ({
      Type: "AccountLink",
      ClientEntityId: id,
      ManagingCustomerId: up.plan.agencyCustomerId,
    }))
    storm("SearchClientLinks", upTo(4), 30)
    const body = { action: "accept", links: keys }
    const accept = (links: unknown[]) =>
      timed(() =>
        sendBulk(statusPost, "/api/client-links/status", { ...body, links }),
      )
    const first = await accept(keys)
    expectNotSent(first, 30)
    expect(seen("UpdateClientLinks").sent.size).toBe(0)

    const again = await accept(notSentOf(keys, first))
    expect(again).toEqual(keys.map(() => ({ ok: true })))
    expectEachAppliedOnce(
      "UpdateClientLinks",
      keys.map((k) => k.ClientEntityId),
    )
  })
})
