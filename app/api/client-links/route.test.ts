import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import { upstreamClient } from "@/lib/ads-api/upstream.server"
import { getUpstreamSession } from "@/lib/auth/session.server"
import { clearGathered } from "@/lib/grid/gather.server"
import { gridResponseSchema } from "@/lib/contract/grid"
import { EXPORT_RETRY_AFTER_S } from "@/lib/grid/service.server"
import { REQUEST_WAIT_BUDGET_MS } from "@/lib/ads-api/wait-budget"
import {
  APP_ORIGIN,
  startUpstream,
  type Upstream,
} from "@/test/route-harness.test-support"

import { GET as exportCsv } from "./export/route"
import { GET } from "./route"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

let up: Upstream

beforeEach(async () => {
  vi.resetAllMocks()
  clearGathered()
  up = await startUpstream()
  vi.mocked(upstreamClient).mockImplementation(up.clientFor)
})
afterEach(() => up.close())

const signIn = (email: string | null) =>
  vi
    .mocked(getUpstreamSession)
    .mockResolvedValue(email ? up.sessionFor(email) : null)
const get = (query: string) =>
  GET(new Request(`${APP_ORIGIN}/api/client-links?${query}`))

describe("GET /api/client-links", () => {
  it("answers 401 without a session, before any upstream call", async () => {
    signIn(null)
    const res = await get("")
    expect(res.status).toBe(401)
    expect(up.calls).toHaveLength(0)
  })

  it("refuses a page size over 100 with 400", async () => {
    signIn("admin@contoso.example")
    expect((await get("pageSize=101")).status).toBe(400)
  })

  it("pages a status view and counts every view", async () => {
    signIn("admin@contoso.example")
    const res = await get("view=pending&pageSize=10&page=2&sort=name&order=asc")
    expect(res.status).toBe(200)
    const body = gridResponseSchema.parse(await res.json())
    expect(body.complete).toBe(true)
    expect(body.rows.every((r) => r.status === "LinkPending")).toBe(true)
    expect(body.total).toBe(body.counts.pending)
    expect(body.rows.length).toBe(Math.min(10, Math.max(0, body.total - 10)))
    const views = body.counts
    expect(views.all).toBeGreaterThanOrEqual(
      views.pending +
        views.active +
        views["in-progress"] +
        views.attention +
        views.inactive,
    )
    const searches = up.calls.filter((c) =>
      c.path.endsWith("/ClientLinks/Search"),
    )
    expect(searches.length).toBeGreaterThan(0)
    await get("view=active")
    expect(
      up.calls.filter((c) => c.path.endsWith("/ClientLinks/Search")),
    ).toHaveLength(searches.length)
  })

  it("a client searches one account per call", async () => {
    signIn("admin@northwind.example")
    const body = gridResponseSchema.parse(await (await get("view=all")).json())
    expect(body.counts.pending).toBeGreaterThan(0)
    for (const c of up.calls.filter((x) =>
      x.path.endsWith("/ClientLinks/Search"),
    )) {
      const preds = (
        c.body as { Predicates: { Field: string; Operator: string }[] }
      ).Predicates
      expect(preds).toHaveLength(1)
      expect(preds[0]?.Operator).toBe("Equals")
      expect(["ClientAccountId", "ClientCustomerId"]).toContain(preds[0]?.Field)
    }
  })

  it("exports the whole view as CSV", async () => {
    signIn("admin@contoso.example")
    const body = gridResponseSchema.parse(
      await (await get("view=pending")).json(),
    )
    const res = await exportCsv(
      new Request(`${APP_ORIGIN}/api/client-links/export?view=pending`),
    )
    expect(res.headers.get("Content-Type")).toContain("text/csv")
    const lines = (await res.text()).trim().split("\r\n")
    expect(lines[0]).toContain("ClientEntityId")
    expect(lines).toHaveLength(body.total + 1)
  })

  it("answers an export that waited too long with 503, Retry-After and what to do", async () => {
    signIn("admin@contoso.example")
    // Microsoft never answers the search: the gather is still running when the wait ends.
    vi.mocked(upstreamClient).mockImplementation((s) => ({
      ...up.clientFor(s),
      searchClientLinks: () => new Promise(() => {}),
    }))
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] })
    try {
      const pending = exportCsv(
        new Request(`${APP_ORIGIN}/api/client-links/export?view=all`),
      )
      // Within the one request budget, so no proxy cuts the export's connection first.
      await vi.advanceTimersByTimeAsync(REQUEST_WAIT_BUDGET_MS)
      const res = await pending
      expect(res.status).toBe(503)
      expect(res.headers.get("Retry-After")).toBe(String(EXPORT_RETRY_AFTER_S))
      const body = (await res.json()) as {
        error: { code: string; message: string }
      }
      expect(body.error.code).toBe("export_timeout")
      expect(body.error.message).toMatch(
        /took too long.*Try again in half a minute/,
      )
    } finally {
      vi.useRealTimers()
    }
  })
})
