import { afterEach, describe, expect, it } from "vitest"

import {
  clearGathered,
  gather,
  invalidateGathered,
  awaitSnapshot,
} from "./gather.server"
import { MAX_SELECTIONS } from "./gather-run"
import { fakeClient, makeLink } from "./gather-client.test-support"
import { pageOf, queryRows } from "./query"
import { gridQuerySchema } from "@/lib/contract/grid"
import { CLIENT_LINK_STATUSES } from "@/lib/link-rules/status"

/** The per-snapshot memo of the grid's selections (views, filters, counts). */

const agency = { customerId: "9000", kind: "agency" } as const
const q = (input: Record<string, string>) => gridQuerySchema.parse(input)
const links = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    makeLink(i, {
      Status: CLIENT_LINK_STATUSES[i % CLIENT_LINK_STATUSES.length],
    }),
  )

afterEach(() => clearGathered())

describe("gathered selections", () => {
  it("answer as the unmemoised query does, and once per view and filters", async () => {
    const { client } = fakeClient({ links: links(300) })
    const snap = await awaitSnapshot(gather("u1", agency, client), 5_000)
    const inputs: Record<string, string>[] = [
      { view: "pending", page: "2", pageSize: "4" },
      { q: "client 1", sort: "client", order: "asc" },
      { accounts: "100003,100004", view: "all" },
    ]
    for (const input of inputs) {
      const query = q(input)
      const selection = snap.select(query)
      expect(pageOf(selection, query)).toEqual(
        queryRows(snap.sorted(query.sort, query.order), query),
      )
      // Another page of the same view is a slice of the same selection.
      expect(snap.select(q({ ...input, page: "3" }))).toBe(selection)
    }
    expect(snap.select(q({ view: "active" }))).not.toBe(
      snap.select(q({ view: "pending" })),
    )
  })

  it("are dropped when more links arrive", async () => {
    const { client } = fakeClient({ links: links(1000), delayMs: 20 })
    const run = gather("u1", agency, client, { concurrency: 1 })
    const early = await awaitSnapshot(run, 30)
    expect(early.complete).toBe(false)
    const before = early.select(q({}))
    const late = await awaitSnapshot(run, 5_000)
    const after = late.select(q({}))
    expect(after).not.toBe(before)
    expect(before.counts.all).toBeLessThan(1000)
    expect(after.counts.all).toBe(1000)
    expect(after.rows).toHaveLength(1000)
  })

  it("are gone after the user's own write invalidates the gathered links", async () => {
    const data = links(120)
    const { client } = fakeClient({ links: data })
    const query = q({ view: "pending" })
    const before = (
      await awaitSnapshot(gather("u1", agency, client), 5_000)
    ).select(query)
    // The user invites one more link: the write route drops what was gathered.
    data.push(makeLink(500, { Status: "LinkPending" }))
    invalidateGathered("u1", "9000")
    const after = (
      await awaitSnapshot(gather("u1", agency, client), 5_000)
    ).select(query)
    expect(after.counts.pending).toBe(before.counts.pending + 1)
    expect(after.rows.map((r) => r.clientId)).toContain("100500")
  })

  it("keep at most MAX_SELECTIONS, dropping the least recently used", async () => {
    const { client } = fakeClient({ links: links(50) })
    const snap = await awaitSnapshot(gather("u1", agency, client), 5_000)
    const first = snap.select(q({ q: "first" }))
    const evicted = snap.select(q({ q: "evicted" }))
    for (let i = 0; i < MAX_SELECTIONS - 2; i++) snap.select(q({ q: `q${i}` }))
    expect(snap.select(q({ q: "first" }))).toBe(first)
    snap.select(q({ q: "one more" }))
    expect(snap.select(q({ q: "first" }))).toBe(first)
    expect(snap.select(q({ q: "evicted" }))).not.toBe(evicted)
  })
})
