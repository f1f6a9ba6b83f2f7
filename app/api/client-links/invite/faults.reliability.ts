import { describe, expect, it, vi } from "vitest"

import { POST } from "@/app/api/client-links/invite/route"
import type { Upstream } from "@/test/route-harness.test-support"
import {
  entityCalls,
  FAULTS,
  sendBulk,
} from "@/test/upstream-checks.test-support"
import { upstreamPerTest } from "@/test/upstream-per-test.test-support"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

/**
 * Reliability (long; `npm run test:reliability`): a bulk invite of 25 rows (3 upstream
 * calls) while the emulator breaks the 2nd call. After each fault: one result per row,
 * the rows of the other calls went through, no client entity was in two applied calls, and
 * sending the failed rows again completes the job, every row's link existing exactly once.
 */
const ROWS = 25
let up: Upstream

upstreamPerTest({ as: "admin@contoso.example" }, (u) => (up = u))

const links = () =>
  up.plan.freeAccountIds.slice(0, ROWS).map((id) => ({
    Type: "AccountLink",
    ClientEntityId: id,
    ManagingCustomerId: up.plan.agencyCustomerId,
    IsBillToClient: true,
  }))

const invite = (rows: unknown[]) =>
  sendBulk(POST, "/api/client-links/invite", { links: rows })

/** How often each client entity was in an AddClientLinks call the emulator applied. */
const appliedCounts = () => entityCalls(up, "AddClientLinks").applied

describe("bulk invite under upstream faults", () => {
  for (const fault of FAULTS)
    it(`${fault.kind}: right outcomes, nothing twice, a retry completes`, async () => {
      up.state.faults.schedule({
        operation: "AddClientLinks",
        calls: [2],
        ...fault,
      })
      const rows = links()
      const first = await invite(rows)
      expect(first).toHaveLength(ROWS)
      const failed = first.flatMap((r, i) => (r.ok ? [] : [i]))
      if (fault.kind === "latency") expect(failed).toEqual([])
      else expect(failed).toHaveLength(10)
      for (const [id, n] of appliedCounts()) expect(n, id).toBe(1)

      // The user sends the failed rows again; one already applied is refused as a duplicate.
      if (failed.length > 0) {
        const again = await invite(failed.map((i) => rows[i]))
        again.forEach((r) => {
          if (!r.ok) expect(fault.kind).toBe("malformed")
        })
      }
      // Every row's link now exists, once (the seed's 60 links plus ours fit one page).
      const found = (await up.agencyLinks()).filter((l) =>
        rows.some((r) => r.ClientEntityId === l.ClientEntityId),
      )
      expect(found.map((l) => l.ClientEntityId).sort()).toEqual(
        rows.map((r) => r.ClientEntityId).sort(),
      )
    })
})
