import { describe, expect, it } from "vitest"

import { searchClientLinksResponseSchema } from "@/lib/ads-api/wire"

import { seedDirectory } from "../seed-directory"
import { createLinkService } from "./index"
import { DEFAULT_ADD_RULES } from "./add-rules"
import { LINK_TIMINGS } from "./lifecycle"
import type { LinkSnapshot } from "./snapshot"
import { MANAGING } from "./statuses"
import type { LinkRecord } from "./store"

const NOW = Date.parse("2026-11-22T12:00:00Z")
const LINKS = 2_000

function seeded(seed = 7, now = NOW) {
  const { directory, plan } = seedDirectory({ seed, links: LINKS })
  const clock = { t: now, now: () => new Date(clock.t) }
  const service = createLinkService({
    directory,
    plan,
    clock,
    options: { addRules: DEFAULT_ADD_RULES },
  })
  service.seed({ seed, links: LINKS })
  const records = () => (service.snapshot() as LinkSnapshot).records
  return { directory, plan, clock, service, records }
}

/** The latest record per pair (records are oldest first). */
const latest = (records: LinkRecord[]) => {
  const m = new Map<string, LinkRecord>()
  for (const r of records)
    m.set(`${r.managingCustomerId}|${r.type}|${r.clientEntityId}`, r)
  return [...m.values()]
}

describe("link seed", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(seeded(7).records()).toEqual(seeded(7).records())
    expect(seeded(7).records()).not.toEqual(seeded(8).records())
  })

  it("gives the main agency one link per account over every status, mostly Active", () => {
    const { plan, records } = seeded()
    const main = latest(records()).filter(
      (r) =>
        r.managingCustomerId === plan.agencyCustomerId &&
        r.type === "AccountLink",
    )
    expect(main.length).toBeGreaterThanOrEqual(LINKS)
    const by = new Map<string, number>()
    for (const r of main) by.set(r.status, (by.get(r.status) ?? 0) + 1)
    for (const s of [
      "Active",
      "LinkPending",
      "LinkInProgress",
      "LinkDeclined",
      "LinkCanceled",
      "LinkExpired",
      "LinkFailed",
      "Inactive",
      "UnlinkPending",
      "UnlinkInProgress",
    ])
      expect(by.get(s), s).toBeGreaterThan(0)
    expect(Math.max(...by.values())).toBe(by.get("Active"))
    const pending = main.filter((r) => r.status === "LinkPending")
    const soon = pending.filter(
      (r) => r.sentAt + LINK_TIMINGS.pendingExpiryMs - NOW < 7 * 86_400_000,
    )
    expect(soon.length).toBeGreaterThan(0)
    expect(
      pending.every((r) => r.sentAt + LINK_TIMINGS.pendingExpiryMs > NOW),
    ).toBe(true)
    expect(
      main.filter(
        (r) =>
          r.status === "LinkInProgress" && NOW - r.lastModified > 30 * 60_000,
      ).length,
    ).toBeGreaterThan(0)
    // Nothing was sent or answered in the future.
    expect(
      records().filter((r) => r.lastModified > NOW || r.sentAt > NOW),
    ).toEqual([])
    expect(records().length).toBeGreaterThan(latest(records()).length)
    expect(
      latest(records()).some(
        (r) =>
          r.type === "CustomerLink" &&
          r.managingCustomerId === plan.agencyCustomerId,
      ),
    ).toBe(true)
  })

  it("builds the other agency and the client persona as the plan says", () => {
    const { plan, records } = seeded()
    const all = latest(records())
    for (const id of plan.managedByOtherAgencyAccountIds)
      expect(
        all.find(
          (r) =>
            r.clientEntityId === id &&
            r.managingCustomerId === plan.otherAgencyCustomerId,
        )?.status,
      ).toBe("Active")
    expect(
      all.filter((r) => r.managingCustomerId === plan.otherAgencyCustomerId)
        .length,
    ).toBeGreaterThanOrEqual(plan.managedByOtherAgencyAccountIds.length + 40)
    const client = all.filter(
      (r) =>
        plan.clientAccountIds.includes(r.clientEntityId) &&
        r.managingCustomerId === plan.agencyCustomerId,
    )
    expect(
      client.filter((r) => r.status === "LinkPending").length,
    ).toBeGreaterThanOrEqual(4)
    expect(client.filter((r) => r.status === "Active")).toHaveLength(1)
    expect(
      all.filter(
        (r) =>
          r.type === "CustomerLink" &&
          r.clientEntityId === plan.clientCustomerId &&
          r.status === "LinkPending",
      ),
    ).toHaveLength(1)
  })

  it("keeps the service's own rules: one manager per account, no prepaid account, nothing overdue", () => {
    const { plan, records, clock, service } = seeded()
    const managed = new Map<string, string>()
    for (const r of latest(records()).filter(
      (x) => x.type === "AccountLink" && MANAGING.has(x.status),
    )) {
      expect(managed.get(r.clientEntityId) ?? r.managingCustomerId).toBe(
        r.managingCustomerId,
      )
      managed.set(r.clientEntityId, r.managingCustomerId)
    }
    const prepaid = new Set(plan.prepaidAccountIds)
    expect(records().some((r) => prepaid.has(r.clientEntityId))).toBe(false)
    expect(
      records().every((r) => r.due === null || r.due > NOW - 5 * 60_000),
    ).toBe(true)
    clock.t += 31 * 86_400_000
    service.tick()
    expect(records().some((r) => r.status === "LinkPending")).toBe(false)
  })

  it("renders every seeded link the client persona can see as valid wire JSON", () => {
    const { plan, directory, service } = seeded()
    const user = [...directory.users.values()].find((u) =>
      u.roles.some((r) => r.CustomerId === plan.clientCustomerId),
    )!
    for (const id of plan.clientAccountIds) {
      const res = service.search(
        { user },
        {
          Predicates: [
            { Field: "ClientAccountId", Operator: "Equals", Value: id },
          ],
          PageInfo: { Index: 0, Size: 100 },
        },
        "t",
      )
      expect(res.status).toBe(200)
      searchClientLinksResponseSchema.parse(res.body)
    }
  })
})
