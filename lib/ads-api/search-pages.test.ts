import { describe, expect, it } from "vitest"

import type { ClientLinksClient } from "./client.server"
import type { UpstreamError } from "./upstream-error"
import { searchAllPages } from "./search-pages"
import { recordingSleep, upstream } from "./fakes.test-support"
import type { ClientLink, Predicate, SearchClientLinksRequest } from "./wire"

const link = (i: number): ClientLink => ({
  Type: "AccountLink",
  ClientEntityId: String(1000 + i),
  ClientEntityNumber: null,
  ClientEntityName: null,
  ManagingCustomerId: "2001",
  ManagingCustomerNumber: null,
  ManagingCustomerName: null,
  Note: null,
  Name: null,
  InviterEmail: null,
  InviterName: null,
  InviterPhone: null,
  IsBillToClient: true,
  StartDate: null,
  Status: "Active",
  SuppressNotification: null,
  LastModifiedDateTime: null,
  LastModifiedByUserId: null,
  Timestamp: null,
  ForwardCompatibilityMap: null,
  CustomerLinkPermission: null,
})

const PREDICATES: Predicate[] = [
  { Field: "DirectManagingCustomerId", Operator: "Equals", Value: "2001" },
]

/** A search fake over `total` links; `fail(call)` may throw instead of answering. */
function fakeSearch(
  total: number,
  fail?: (call: number) => UpstreamError | null,
) {
  const requests: SearchClientLinksRequest[] = []
  const client: Pick<ClientLinksClient, "searchClientLinks"> = {
    searchClientLinks: (request) => {
      const n = requests.push(request) - 1
      const e = fail?.(n)
      if (e) return Promise.reject(e)
      const { Index = 0, Size = 0 } = request.PageInfo ?? {}
      const ClientLinks = Array.from(
        { length: Math.max(0, Math.min(Size, total - Index * Size)) },
        (_, k) => link(Index * Size + k),
      )
      return Promise.resolve({ data: { ClientLinks }, trackingId: `t${n}` })
    },
  }
  return { client, requests }
}

const ids = (links: ClientLink[]) =>
  links.map((l) => Number(l.ClientEntityId) - 1000)
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe("searchAllPages", () => {
  it("walks pages until a short page, sending the predicates and ordering", async () => {
    const { client, requests } = fakeSearch(250)
    const pages: [number, number][] = []
    const ordering = [{ Field: "Name", Order: "Ascending" }] as const
    const r = await searchAllPages(client, PREDICATES, [...ordering], {
      concurrency: 1,
      onPage: (i, l) => pages.push([i, l.length]),
    })
    expect(ids(r.links)).toEqual(range(250))
    expect(pages).toEqual([
      [0, 100],
      [1, 100],
      [2, 50],
    ])
    expect(requests.map((q) => q.PageInfo)).toEqual([
      { Index: 0, Size: 100 },
      { Index: 1, Size: 100 },
      { Index: 2, Size: 100 },
    ])
    expect(requests[0]?.Predicates).toEqual(PREDICATES)
    expect(requests[0]?.Ordering).toEqual([...ordering])
    expect(r).toMatchObject({
      pages: 3,
      truncated: false,
      trackingIds: ["t0", "t1", "t2"],
    })
  })

  it("stops at an empty page when the total is a multiple of the page size", async () => {
    const { client, requests } = fakeSearch(40)
    const r = await searchAllPages(client, PREDICATES, null, {
      pageSize: 20,
      concurrency: 1,
    })
    expect(ids(r.links)).toEqual(range(40))
    expect(requests).toHaveLength(3)
  })

  it("asks for pages `concurrency` at a time and drops the ones past the end", async () => {
    const { client, requests } = fakeSearch(250)
    const r = await searchAllPages(client, PREDICATES, undefined, {
      concurrency: 3,
    })
    expect(ids(r.links)).toEqual(range(250))
    expect(requests.map((q) => q.PageInfo?.Index)).toEqual([0, 1, 2])
    const more = fakeSearch(350)
    const r2 = await searchAllPages(more.client, PREDICATES, undefined, {
      concurrency: 3,
    })
    expect(ids(r2.links)).toEqual(range(350))
    expect(more.requests.map((q) => q.PageInfo?.Index)).toEqual([
      0, 1, 2, 3, 4, 5,
    ])
    expect(r2.pages).toBe(4)
  })

  it("stops at maxPages and says so", async () => {
    const { client } = fakeSearch(1_000)
    const r = await searchAllPages(client, PREDICATES, null, {
      pageSize: 10,
      maxPages: 3,
    })
    expect(r).toMatchObject({ pages: 3, truncated: true })
    expect(r.links).toHaveLength(30)
  })

  it("retries a read after a 500, a timeout or a drop", async () => {
    const { sleep, waits } = recordingSleep()
    const failures = [
      upstream({ kind: "fault", status: 500 }),
      upstream({ kind: "timeout" }),
      upstream({ kind: "network" }),
    ]
    const { client, requests } = fakeSearch(5, (n) => failures[n] ?? null)
    const r = await searchAllPages(client, PREDICATES, null, {
      sleep,
      random: () => 0,
      concurrency: 1,
    })
    expect(ids(r.links)).toEqual(range(5))
    expect(requests).toHaveLength(4)
    expect(waits).toEqual([500, 1_000, 2_000])
  })

  it("honours a 429's Retry-After on a read", async () => {
    const { sleep, waits } = recordingSleep()
    const throttle = upstream({
      kind: "fault",
      status: 429,
      retryAfterMs: 5_000,
      mayHaveReachedServer: false,
    })
    const { client, requests } = fakeSearch(150, (n) =>
      n === 0 ? throttle : null,
    )
    const r = await searchAllPages(client, PREDICATES, null, {
      sleep,
      concurrency: 2,
    })
    expect(waits).toEqual([5_000])
    expect(ids(r.links)).toEqual(range(150))
    expect(requests).toHaveLength(3)
  })

  it("does not retry a 400 and rejects with it", async () => {
    const bad = upstream({ kind: "fault", status: 400 })
    const { client, requests } = fakeSearch(5, () => bad)
    await expect(
      searchAllPages(client, PREDICATES, null, { concurrency: 1 }),
    ).rejects.toBe(bad)
    expect(requests).toHaveLength(1)
  })

  it("refuses a page size outside 1..100", async () => {
    const { client } = fakeSearch(5)
    await expect(
      searchAllPages(client, PREDICATES, null, { pageSize: 101 }),
    ).rejects.toThrow(RangeError)
  })
})
