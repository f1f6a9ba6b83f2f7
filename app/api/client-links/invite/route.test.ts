import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import {
  getUpstreamSession,
  refreshUpstreamSession,
} from "@/lib/auth/session.server"
import { upstreamClient } from "@/lib/ads-api/upstream.server"
import { bulkResponseSchema } from "@/lib/contract/writes"
import {
  startUpstream,
  post,
  type Upstream,
} from "@/test/route-harness.test-support"
import { itGuardsTheRoute } from "@/test/route-guards.test-support"

import { POST } from "./route"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

const PATH = "/api/client-links/invite"
let up: Upstream

beforeEach(async () => {
  vi.resetAllMocks()
  up = await startUpstream()
  vi.mocked(upstreamClient).mockImplementation(up.clientFor)
})

afterEach(() => up.close())

const signIn = (email: string | null) => {
  const session = email ? up.sessionFor(email) : null
  vi.mocked(getUpstreamSession).mockResolvedValue(session)
  return session
}

const invite = (accountId: string) => ({
  Type: "AccountLink",
  ClientEntityId: accountId,
  ManagingCustomerId: up.plan.agencyCustomerId,
  IsBillToClient: true,
})

async function send(body: unknown) {
  const res = await POST(post(PATH, body))
  expect(res.status).toBe(200)
  return { res, ...bulkResponseSchema.parse(await res.json()) }
}

describe("POST /api/client-links/invite: checks before anything goes upstream", () => {
  itGuardsTheRoute({
    path: PATH,
    route: (req) => POST(req),
    upstream: () => up,
    signIn: (s) => vi.mocked(getUpstreamSession).mockResolvedValue(s),
    validBody: () => ({ links: [invite(up.plan.freeAccountIds[0] ?? "")] }),
    invalidBody: () => ({
      links: [
        invite("1234567"),
        { ...invite("7654321"), Name: "x".repeat(41) },
      ],
    }),
    invalidField: "links.1.Name",
    forbidden: () => up.sessionFor("viewer@contoso.example"),
    permitted: () => up.sessionFor("admin@contoso.example"),
  })

  it("answers 403 when a Standard user invites a customer link", async () => {
    signIn("standard@contoso.example")
    const link = {
      Type: "CustomerLink",
      ClientEntityNumber: "C2KHYU1G",
      ManagingCustomerId: up.plan.agencyCustomerId,
    }
    const res = await POST(post(PATH, { links: [link] }))
    expect(res.status).toBe(403)
    expect(up.calls).toEqual([])
  })

  it("answers 403 with the reason when a client customer invites", async () => {
    const session = signIn("admin@northwind.example")
    const link = { ...invite(up.plan.freeAccountIds[0] ?? "") }
    link.ManagingCustomerId = session?.customer.id ?? ""
    const res = await POST(post(PATH, { links: [link] }))
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({
      error: {
        code: "forbidden",
        message:
          "Northwind Traders is a client customer: only an agency can send invitations to manage accounts.",
      },
    })
    expect(up.calls).toEqual([])
  })

  it("answers 403 for another of the user's customers than the selected one", async () => {
    const session = signIn("admin@contoso.example")
    const labs = session?.customers.find((c) => c.id !== session.customer.id)
    const link = { ...invite(up.plan.freeAccountIds[0] ?? "") }
    link.ManagingCustomerId = labs?.id ?? ""
    const res = await POST(post(PATH, { links: [link] }))
    expect(res.status).toBe(403)
    expect(up.calls).toEqual([])
  })
})

describe("POST /api/client-links/invite: results lined up with the request", () => {
  it("invites every row, 10 per upstream call", async () => {
    signIn("standard@contoso.example")
    const ids = up.plan.freeAccountIds.slice(0, 12)
    const { results } = await send({ links: ids.map(invite) })
    expect(results).toEqual(ids.map(() => ({ ok: true })))
    expect(up.calls.map((c) => c.path)).toEqual([
      "/CustomerManagement/v13/ClientLinks",
      "/CustomerManagement/v13/ClientLinks",
    ])
  })

  it("reports per-row errors in request order, with the service's code and message", async () => {
    signIn("admin@contoso.example")
    const { plan } = up
    const ids = [
      plan.freeAccountIds[0],
      plan.managedByOtherAgencyAccountIds[0],
      plan.prepaidAccountIds[0],
      plan.freeAccountIds[1],
    ].map(String)
    const { results } = await send({ links: ids.map(invite) })
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true])
    const codes = results.map((r) => (r.ok ? null : r.errors[0]?.code))
    expect(codes).toEqual([null, 1424, 1471, null])
    const second = results[1]
    if (second?.ok !== false) throw new Error("row 1 should fail")
    expect(second.errors[0]).toMatchObject({
      message: "The client account is already managed by another agency.",
      retryable: false,
    })
    expect(second.errors[0]?.trackingId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("fails only the rows of a chunk the service failed", async () => {
    signIn("admin@contoso.example")
    up.state.faults.schedule({
      operation: "AddClientLinks",
      calls: [2],
      kind: "status500",
    })
    const ids = up.plan.freeAccountIds.slice(0, 12)
    const { results } = await send({ links: ids.map(invite) })
    const failed = results.flatMap((r, i) => (r.ok ? [] : [i]))
    expect([10, 2]).toContain(failed.length)
    expect(failed).toEqual(
      failed.length === 2 ? [10, 11] : [...Array(10).keys()],
    )
    const row = results[failed[0] ?? -1]
    expect(row?.ok === false && row.errors.every((e) => e.retryable)).toBe(true)
  })

  it("still answers per row when every chunk fails", async () => {
    signIn("admin@contoso.example")
    up.state.faults.schedule({
      operation: "AddClientLinks",
      calls: [1, 2],
      kind: "status500",
    })
    const ids = up.plan.freeAccountIds.slice(0, 12)
    const { results } = await send({ links: ids.map(invite) })
    expect(results).toHaveLength(12)
    expect(results.every((r) => !r.ok)).toBe(true)
  })
})

describe("POST /api/client-links/invite: an expired upstream token", () => {
  it("refreshes once, sends only the refused rows again and sets the cookie", async () => {
    signIn("admin@contoso.example")
    up.expireTokens()
    const fresh = up.sessionFor("admin@contoso.example")
    const setCookie = "next-auth.session-token=rotated; Path=/; HttpOnly"
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: fresh,
      setCookie: [setCookie],
      persisted: false,
    })
    const ids = up.plan.freeAccountIds.slice(0, 3)
    const { res, results } = await send({ links: ids.map(invite) })
    expect(results).toEqual(ids.map(() => ({ ok: true })))
    expect(res.headers.get("Set-Cookie")).toBe(setCookie)
    expect(refreshUpstreamSession).toHaveBeenCalledTimes(1)
    expect(up.state.log.map((e) => e.status)).toEqual([401, 200])
  })

  it("answers 401 session_expired when the refresh fails", async () => {
    signIn("admin@contoso.example")
    up.expireTokens()
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: null,
      setCookie: [],
      persisted: false,
    })
    const res = await POST(
      post(PATH, { links: [invite(up.plan.freeAccountIds[0] ?? "")] }),
    )
    expect(res.status).toBe(401)
    const body = (await res.json()) as {
      error: { code: string; trackingId?: string }
    }
    expect(body.error.code).toBe("session_expired")
    expect(body.error.trackingId).toBeTruthy()
  })
})
