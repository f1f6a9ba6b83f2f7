import { describe, expect, it, vi } from "vitest"

import { POST } from "@/app/api/client-links/status/route"
import { getUpstreamSession } from "@/lib/auth/session.server"
import { ERROR_CODES } from "@/lib/ads-api/error-codes"
import {
  bulkResponseSchema,
  type LinkKey,
  type RowResult,
} from "@/lib/contract/writes"
import type { FaultScheduleInput } from "@/lib/emulator/faults"
import { linkKey, post, type Upstream } from "@/test/route-harness.test-support"
import {
  currentStatuses,
  entityCalls,
  FAULTS,
} from "@/test/upstream-checks.test-support"
import { upstreamPerTest } from "@/test/upstream-per-test.test-support"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

/**
 * Reliability (long; `npm run test:reliability`): bulk status changes while the emulator
 * breaks one call: a cancel of every pending link on the first page (28: 3 update calls, the 2nd broken) and an
 * accept of every pending invitation as the client (one update call, broken). After each
 * fault: one result per row, the broken call's rows flagged "outcome unknown" and the others
 * done, no link in two applied updates, and sending the same request again completes the job
 * (the route reads each link again, so a link the lost answer did change is not sent twice).
 * The 429 storms are in throttle-storm.test.ts (quick, with a paced sleep).
 */
const AGENCY = "admin@contoso.example"
const CLIENT = "admin@northwind.example"
let up: Upstream

upstreamPerTest({ links: 200 }, (u) => (up = u))

type Fault = (typeof FAULTS)[number]

async function change(
  email: string,
  action: string,
  links: LinkKey[],
): Promise<RowResult[]> {
  if (links.length === 0) return [] // nothing failed: the user has nothing to send again
  vi.mocked(getUpstreamSession).mockResolvedValue(up.sessionFor(email))
  const res = await POST(post("/api/client-links/status", { action, links }))
  expect(res.status).toBe(200)
  const { results } = bulkResponseSchema.parse(await res.json())
  expect(results).toHaveLength(links.length)
  return results
}

/** How often each client entity was in an UpdateClientLinks call the emulator applied. */
const appliedCounts = () => entityCalls(up, "UpdateClientLinks").applied
const statuses = (email: string, keys: LinkKey[]) =>
  currentStatuses(up, email, keys)

const failedIndexes = (results: RowResult[]) =>
  results.flatMap((r, i) => (r.ok ? [] : [i]))

/** The first run's failures: exactly the broken call's rows, each "outcome unknown". */
function expectBrokenRows(
  fault: Fault,
  results: RowResult[],
  broken: number[],
) {
  if (fault.kind === "latency")
    return expect(failedIndexes(results)).toEqual([])
  expect(failedIndexes(results)).toEqual(broken)
  for (const i of broken) {
    const r = results[i]
    if (!r || r.ok) continue
    expect(r.errors[0]).toMatchObject({ retryable: true, outcomeUnknown: true })
  }
}

/** The retry: rows the lost answer had changed are refused as already ended/accepted, never re-sent. */
function expectRetryOutcome(fault: Fault, again: RowResult[]) {
  for (const r of again)
    if (fault.kind === "malformed")
      expect(r.ok ? 0 : r.errors[0]?.code).toBe(
        ERROR_CODES.ClientLinkUpdateNotAllowed.code,
      )
    else expect(r).toEqual({ ok: true })
}

function schedule(fault: Fault, operation: string, call: number) {
  const entry: FaultScheduleInput = { operation, calls: [call], ...fault }
  up.state.faults.schedule(entry)
}

describe("bulk cancel (agency) under upstream faults", () => {
  for (const fault of FAULTS)
    it(`${fault.kind} on the 2nd update: right outcomes, nothing twice, a retry completes`, async () => {
      const pending = (await up.agencyLinks())
        .filter((l) => l.Type === "AccountLink" && l.Status === "LinkPending")
        .map(linkKey)
      expect(pending.length).toBeGreaterThan(20)
      schedule(fault, "UpdateClientLinks", 2)
      const first = await change(AGENCY, "cancel", pending)
      const broken = failedIndexes(first)
      // Which chunk was the 2nd call depends on timing: 10 rows in a row (the last may be short).
      const start = broken[0] ?? 0
      expect(start % 10).toBe(0)
      const chunk = pending.slice(start, start + 10).map((_, k) => start + k)
      expectBrokenRows(fault, first, chunk)

      const again = await change(
        AGENCY,
        "cancel",
        broken.map((i) => pending[i]!),
      )
      expectRetryOutcome(fault, again)
      for (const [id, n] of appliedCounts()) expect(n, id).toBe(1)
      expect(await statuses(AGENCY, pending)).toEqual(
        pending.map(() => "LinkCanceled"),
      )
    })

  for (const fault of FAULTS)
    it(`${fault.kind} on a read: nothing sent for unread rows, a retry completes`, async () => {
      const pending = (await up.agencyLinks())
        .filter((l) => l.Type === "AccountLink" && l.Status === "LinkPending")
        .map(linkKey)
      schedule(fault, "SearchClientLinks", 2)
      const first = await change(AGENCY, "cancel", pending)
      const broken = failedIndexes(first)
      // Reads retry 5xx and dropped connections; an unreadable answer fails its 10 rows.
      if (fault.kind === "malformed") expect(broken).toHaveLength(10)
      else expect(broken).toEqual([])
      const unsent = broken.map((i) => pending[i]!)
      expect(await statuses(AGENCY, unsent)).toEqual(
        unsent.map(() => "LinkPending"),
      )

      const again = await change(
        AGENCY,
        "cancel",
        broken.map((i) => pending[i]!),
      )
      expect(again).toEqual(broken.map(() => ({ ok: true })))
      for (const [id, n] of appliedCounts()) expect(n, id).toBe(1)
      expect(await statuses(AGENCY, pending)).toEqual(
        pending.map(() => "LinkCanceled"),
      )
    })
})

describe("bulk accept (client) under upstream faults", () => {
  for (const fault of FAULTS)
    it(`${fault.kind} on the update: right outcomes, nothing twice, a retry completes`, async () => {
      const invitations: LinkKey[] = [
        ...up.plan.clientAccountIds.slice(0, 4).map((id) => ({
          Type: "AccountLink" as const,
          ClientEntityId: id,
          ManagingCustomerId: up.plan.agencyCustomerId,
        })),
        {
          Type: "CustomerLink" as const,
          ClientEntityId: up.plan.clientCustomerId,
          ManagingCustomerId: up.plan.agencyCustomerId,
        },
      ]
      schedule(fault, "UpdateClientLinks", 1)
      const first = await change(CLIENT, "accept", invitations)
      expectBrokenRows(
        fault,
        first,
        invitations.map((_, i) => i),
      )

      const broken = failedIndexes(first)
      const again = await change(
        CLIENT,
        "accept",
        broken.map((i) => invitations[i]!),
      )
      expectRetryOutcome(fault, again)
      for (const [id, n] of appliedCounts()) expect(n, id).toBe(1)
      for (const s of await statuses(CLIENT, invitations))
        expect(["LinkAccepted", "LinkInProgress", "Active"]).toContain(s)
    })
})
