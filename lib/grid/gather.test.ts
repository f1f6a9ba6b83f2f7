import { afterEach, describe, expect, it, vi } from "vitest"

import { UpstreamError } from "@/lib/ads-api/upstream-error"
import {
  clearGathered,
  gather,
  GATHER_LIMITS,
  invalidateGathered,
  settle,
  settleGathered,
} from "./gather.server"
import { fakeClient, makeLink } from "./gather-client.test-support"

const agency = { customerId: "9000", kind: "agency" } as const
const noWait = { sleep: () => Promise.resolve() }

afterEach(() => clearGathered())

describe("gather", () => {
  it("walks every page of the agency's links, a few pages at a time", async () => {
    const links = Array.from({ length: 1234 }, (_, i) => makeLink(i))
    const { client, calls, stats } = fakeClient({ links, delayMs: 3 })
    const run = gather("u1", agency, client, { concurrency: 3 })
    const snap = await settle(run, 5_000)
    expect(snap.complete).toBe(true)
    expect(snap.sorted("client", "asc")).toHaveLength(1234)
    expect(calls.every((c) => c.PageInfo?.Size === 100)).toBe(true)
    expect(calls[0]?.Predicates).toEqual([
      { Field: "DirectManagingCustomerId", Operator: "Equals", Value: "9000" },
    ])
    expect(stats.maxInFlight).toBe(3)
    expect(calls).toHaveLength(15)
    expect(snap.progress).toMatchObject({ links: 1234, calls: 13 })
  })

  it("exposes what has arrived while it is still gathering", async () => {
    const links = Array.from({ length: 1000 }, (_, i) => makeLink(i))
    const { client } = fakeClient({ links, delayMs: 20 })
    const run = gather("u1", agency, client, { concurrency: 2 })
    const early = await settle(run, 30)
    expect(early.complete).toBe(false)
    expect(early.progress.links).toBeGreaterThan(0)
    expect(early.progress.links).toBeLessThan(1000)
    const late = await settle(run, 5_000)
    expect(late.progress.links).toBe(1000)
  })

  it("searches a client's accounts one per call, plus its customer links", async () => {
    const links = [
      makeLink(1),
      makeLink(2),
      makeLink(3, { Type: "CustomerLink", ClientEntityId: "5555" }),
    ]
    const { client, calls } = fakeClient({
      links,
      accounts: ["100001", "100002", "100009"],
    })
    const run = gather("u2", { customerId: "5555", kind: "client" }, client)
    const snap = await settle(run, 5_000)
    expect(
      snap
        .sorted("client", "asc")
        .map((r) => r.clientId)
        .sort(),
    ).toEqual(["100001", "100002", "5555"])
    expect(calls.map((c) => c.Predicates?.[0]?.Field).sort()).toEqual([
      "ClientAccountId",
      "ClientAccountId",
      "ClientAccountId",
      "ClientCustomerId",
    ])
    expect(calls.every((c) => c.Predicates?.[0]?.Operator === "Equals")).toBe(
      true,
    )
    expect(snap.progress).toMatchObject({ done: 4, total: 4 })
  })

  it("walks a client's accounts `concurrency` at a time", async () => {
    const accounts = [...Array(6).keys()].map((i) => String(100_000 + i))
    const links = accounts.map((_, i) => makeLink(i))
    const { client, calls, stats } = fakeClient({
      links,
      accounts,
      delayMs: 5,
    })
    const target = { customerId: "5555", kind: "client" } as const
    const snap = await settle(
      gather("u2", target, client, { concurrency: 2 }),
      5_000,
    )
    expect(snap.progress).toMatchObject({ links: 6, done: 7, total: 7 })
    expect(calls).toHaveLength(7)
    expect(stats.maxInFlight).toBe(2)
  })

  it("backs off and retries a throttled page", async () => {
    const links = Array.from({ length: 250 }, (_, i) => makeLink(i))
    const { client, calls } = fakeClient({ links, throttleCalls: [2] })
    const snap = await settle(gather("u1", agency, client, noWait), 5_000)
    expect(snap.progress.links).toBe(250)
    expect(calls.length).toBe(4)
  })

  it("serves the cached result, and gathers again after an invalidation", async () => {
    const links = Array.from({ length: 150 }, (_, i) => makeLink(i))
    const { client, calls } = fakeClient({ links })
    await settle(gather("u1", agency, client), 5_000)
    const first = calls.length
    await settle(gather("u1", agency, client), 5_000)
    expect(calls.length).toBe(first)
    gather("u2", agency, client)
    invalidateGathered("u1", "9000")
    await settle(gather("u1", agency, client), 5_000)
    expect(calls.length).toBeGreaterThan(first)
  })

  it("keeps at most maxEntries, stopping and dropping the least recently used", async () => {
    const { client, calls } = fakeClient({ links: [makeLink(1)] })
    const first = gather("u0", agency, client)
    await settle(first, 5_000)
    const kept = gather("u1", agency, client)
    await settle(kept, 5_000)
    await settle(gather("u0", agency, client), 5_000) // u0 used again: u1 is least recent
    for (let i = 2; i <= GATHER_LIMITS.maxEntries; i++)
      await settle(gather(`u${i}`, agency, client), 5_000)
    expect(kept.superseded).toBe(true)
    expect(first.superseded).toBe(false)
    const before = calls.length
    await settle(gather("u0", agency, client), 5_000)
    expect(calls.length).toBe(before)
    await settle(gather("u1", agency, client), 5_000)
    expect(calls.length).toBeGreaterThan(before)
  })

  it("counts a refresh in flight against the link limit, evicting the least recent", async () => {
    const saved = GATHER_LIMITS.maxLinks
    GATHER_LIMITS.maxLinks = 250
    try {
      const links = Array.from({ length: 100 }, (_, i) => makeLink(i))
      const { client, calls, stats } = fakeClient({ links })
      await settle(gather("u2", agency, client), 5_000)
      await settle(gather("u1", agency, client), 5_000)
      // u1 stale: a second gather of it runs beside the copy it still serves.
      const sent = calls.length
      gather("u1", agency, client, { now: Date.now() + 60_000 })
      // Until its pages are in: the fake answers only on timers, so idle means done.
      await vi.waitFor(() => {
        expect(calls.length).toBeGreaterThan(sent)
        expect(stats.inFlight).toBe(0)
      })
      // u2, u1 and u1's refresh hold 300 links, over 250: u2, least recent, goes.
      await settle(gather("u3", agency, client), 5_000)
      const before = calls.length
      await settle(gather("u2", agency, client), 5_000)
      expect(calls.length).toBeGreaterThan(before)
    } finally {
      GATHER_LIMITS.maxLinks = saved
    }
  })

  it("a request waiting on a run the user's own write dropped waits on the fresh run", async () => {
    const links = Array.from({ length: 800 }, (_, i) => makeLink(i))
    const { client, calls, release } = fakeClient({ links, held: true })
    const waiting = settleGathered("u1", agency, client, 5_000)
    // The run has asked for pages and none has been answered: the request is waiting.
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0))
    invalidateGathered("u1", "9000")
    release()
    const snap = await waiting
    expect(snap.complete).toBe(true)
    expect(snap.progress.links).toBe(800)
  })

  it("throws the upstream error and starts over on the next call", async () => {
    const fail = new UpstreamError({
      operation: "SearchClientLinks",
      kind: "fault",
      status: 403,
      trackingId: "trk-1",
      errors: [
        {
          code: 106,
          errorCode: "UserIsNotAuthorized",
          message: "no",
          details: null,
        },
      ],
      mayHaveReachedServer: true,
    })
    const { client } = fakeClient({ links: [], fail })
    await expect(settle(gather("u3", agency, client), 5_000)).rejects.toBe(fail)
    expect(() => gather("u3", agency, client)).toThrow(fail)
    const again = gather("u3", agency, client)
    expect(again.complete).toBe(false)
  })
})
