import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import {
  getUpstreamSession,
  refreshUpstreamSession,
} from "@/lib/auth/session.server"
import { upstreamClient } from "@/lib/ads-api/upstream.server"
import { bulkResponseSchema } from "@/lib/contract/writes"
import type { ClientLink } from "@/lib/ads-api/wire"
import { itGuardsTheRoute } from "@/test/route-guards.test-support"
import {
  linkKey,
  post,
  startUpstream,
  type Upstream,
} from "@/test/route-harness.test-support"

import { POST } from "./route"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

const PATH = "/api/client-links/status"
let up: Upstream
let links: ClientLink[]

beforeEach(async () => {
  vi.resetAllMocks()
  up = await startUpstream()
  vi.mocked(upstreamClient).mockImplementation(up.clientFor)
  links = await up.agencyLinks()
})

afterEach(() => up.close())

const signIn = (email: string) => {
  const session = up.sessionFor(email)
  vi.mocked(getUpstreamSession).mockResolvedValue(session)
  return session
}
const keyOf = linkKey
const withStatus = (status: string, type = "AccountLink") =>
  links.filter((l) => l.Type === type && l.Status === status)

async function send(body: unknown) {
  const res = await POST(post(PATH, body))
  expect(res.status).toBe(200)
  return { res, ...bulkResponseSchema.parse(await res.json()) }
}
const operations = () => up.state.log.map((e) => `${e.operation} ${e.status}`)

describe("POST /api/client-links/status: checks before anything goes upstream", () => {
  itGuardsTheRoute({
    path: PATH,
    route: (req) => POST(req),
    upstream: () => up,
    signIn: (s) => vi.mocked(getUpstreamSession).mockResolvedValue(s),
    validBody: () => ({
      action: "cancel",
      links: withStatus("LinkPending").slice(0, 1).map(keyOf),
    }),
    invalidBody: () => ({
      action: "cancel",
      links: [{ Type: "AccountLink", ClientEntityId: "abc" }],
    }),
    invalidField: "links.0.ClientEntityId",
    forbidden: () => up.sessionFor("viewer@contoso.example"),
    permitted: () => up.sessionFor("admin@contoso.example"),
  })

  it("answers 403 when a Standard user cancels a customer link as the agency", async () => {
    signIn("standard@contoso.example")
    const body = {
      action: "unlink",
      links: withStatus("Active", "CustomerLink").slice(0, 1).map(keyOf),
    }
    const res = await POST(post(PATH, body))
    expect(res.status).toBe(403)
    expect(up.calls).toEqual([])
  })
})

describe("POST /api/client-links/status: results lined up with the request", () => {
  it("cancels pending links and the service sees them canceled", async () => {
    signIn("standard@contoso.example")
    const pending = withStatus("LinkPending").slice(0, 12)
    const { results } = await send({
      action: "cancel",
      links: pending.map(keyOf),
      note: "Sent by mistake",
    })
    expect(results).toEqual(pending.map(() => ({ ok: true })))
    expect(operations()).toEqual([
      "SearchClientLinks 200",
      "SearchClientLinks 200",
      "UpdateClientLinks 200",
      "UpdateClientLinks 200",
    ])
  })

  it("fails unknown and refused rows in place and sends only the rest", async () => {
    signIn("admin@contoso.example")
    const [pending] = withStatus("LinkPending")
    const [active] = withStatus("Active")
    if (!pending || !active) throw new Error("seed lacks a status")
    const unknown = { ...keyOf(pending), ClientEntityId: "999999999" }
    const { results } = await send({
      action: "cancel",
      links: [keyOf(active), unknown, keyOf(pending)],
    })
    expect(results.map((r) => (r.ok ? 0 : r.errors[0]?.code))).toEqual([
      3083, 1482, 0,
    ])
    const update = up.calls.find((c) => c.method === "PUT")
    expect(update?.body).toEqual({
      ClientLinks: [{ ...pending, Status: "LinkCanceled" }],
    })
  })

  it("answers per row when an update chunk fails", async () => {
    signIn("admin@contoso.example")
    up.state.faults.schedule({
      operation: "UpdateClientLinks",
      calls: [1, 2],
      kind: "status500",
    })
    const pending = withStatus("LinkPending").slice(0, 12)
    const { results } = await send({
      action: "cancel",
      links: pending.map(keyOf),
    })
    expect(results).toHaveLength(12)
    expect(
      results.every((r) => !r.ok && r.errors.some((e) => e.retryable)),
    ).toBe(true)
  })

  it("lets the client accept an invitation, one account per search", async () => {
    signIn("admin@northwind.example")
    const id = up.plan.clientAccountIds[0] ?? ""
    const key = {
      Type: "AccountLink",
      ClientEntityId: id,
      ManagingCustomerId: up.plan.agencyCustomerId,
    }
    const { results } = await send({ action: "accept", links: [key] })
    expect(results).toEqual([{ ok: true }])
    expect(operations()).toEqual([
      "SearchClientLinks 200",
      "UpdateClientLinks 200",
    ])
  })
})

describe("POST /api/client-links/status: an expired upstream token", () => {
  it("refreshes once, runs again and sets the rotated cookie", async () => {
    signIn("admin@contoso.example")
    up.expireTokens()
    const fresh = up.sessionFor("admin@contoso.example")
    const cookie = "next-auth.session-token=rotated; Path=/; HttpOnly"
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: fresh,
      setCookie: [cookie],
      persisted: false,
    })
    const pending = withStatus("LinkPending").slice(0, 2)
    const { res, results } = await send({
      action: "cancel",
      links: pending.map(keyOf),
    })
    expect(results).toEqual([{ ok: true }, { ok: true }])
    expect(res.headers.get("Set-Cookie")).toBe(cookie)
    expect(refreshUpstreamSession).toHaveBeenCalledTimes(1)
    expect(operations()).toEqual([
      "SearchClientLinks 401",
      "SearchClientLinks 200",
      "UpdateClientLinks 200",
    ])
  })

  it("answers 401 session_expired with the TrackingId when the refresh fails", async () => {
    signIn("admin@contoso.example")
    up.expireTokens()
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: null,
      setCookie: [],
      persisted: false,
    })
    const res = await POST(
      post(PATH, {
        action: "cancel",
        links: withStatus("LinkPending").slice(0, 1).map(keyOf),
      }),
    )
    expect(res.status).toBe(401)
    const body = (await res.json()) as {
      error: { code: string; trackingId?: string }
    }
    expect(body.error).toMatchObject({
      code: "session_expired",
      trackingId: up.state.log[0]?.trackingId,
    })
    expect(operations()).toEqual(["SearchClientLinks 401"])
  })
})
