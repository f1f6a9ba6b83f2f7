import { beforeEach, describe, expect, it, vi } from "vitest"
import { z } from "zod"

import {
  getUpstreamSession,
  refreshUpstreamSession,
  type UpstreamSession,
} from "@/lib/auth/session.server"
import { UpstreamError } from "@/lib/ads-api/upstream-error"
import { permissionsFor } from "@/lib/link-rules/roles"

import { withSession, withWriteSession } from "./with-session.server"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))

const session = (token = "t1"): UpstreamSession => ({
  user: { id: "1", email: "a@b.example", name: "A", phone: null },
  customer: {
    id: "9",
    name: "C",
    number: null,
    kind: "agency",
    role: "Viewer",
  },
  customers: [],
  accessToken: token,
  permissions: permissionsFor("Viewer"),
})
const expired = () =>
  new UpstreamError({
    kind: "fault",
    operation: "SearchClientLinks",
    status: 401,
    trackingId: "tr-109",
    errors: [
      {
        code: 109,
        errorCode: "AuthenticationTokenExpired",
        message: "expired",
        details: null,
      },
    ],
    mayHaveReachedServer: true,
  })

beforeEach(() => {
  vi.resetAllMocks()
  vi.mocked(getUpstreamSession).mockResolvedValue(session())
})

describe("withSession", () => {
  it("lets a GET through without Origin and awaits params", async () => {
    const GET = withSession({}, ({ params }) => Response.json(params))
    const res = await GET(new Request("http://app.test/api/x/42"), {
      params: Promise.resolve({ id: "42" }),
    })
    expect(await res.json()).toEqual({ id: "42" })
  })

  it("checks Origin on a GET marked as a write, against the public URL", async () => {
    const GET = withSession({ write: true }, () => new Response("ok"))
    const req = (origin: string) =>
      new Request("http://app.test/api/x", {
        headers: { Origin: origin, Host: "app.test" },
      })
    expect((await GET(req("http://localhost:3000"))).status).toBe(200)
    expect((await GET(req("http://app.test"))).status).toBe(403)
  })

  it("checks the role after the body, so a read-only user gets 403 for a valid body", async () => {
    const handler = vi.fn(() => new Response("ok"))
    const POST = withWriteSession(
      { body: z.object({ a: z.number() }), permission: "respond" },
      handler,
    )
    const req = (body: string) =>
      new Request("http://app.test/api/x", {
        method: "POST",
        headers: { Origin: "http://localhost:3000" },
        body,
      })
    expect((await POST(req('{"a":1}'))).status).toBe(403)
    expect((await POST(req('{"a":"x"}'))).status).toBe(400)
    expect(handler).not.toHaveBeenCalled()
  })

  it("refreshes once on a thrown 109 and runs the handler again with the new session", async () => {
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: session("t2"),
      setCookie: ["a=1", "b=2"],
      persisted: false,
    })
    const seen: string[] = []
    const GET = withSession({}, ({ session: s }) => {
      seen.push(s.accessToken)
      if (s.accessToken === "t1") throw expired()
      return new Response("ok")
    })
    const res = await GET(new Request("http://app.test/api/x"))
    expect(res.status).toBe(200)
    expect(seen).toEqual(["t1", "t2"])
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"])
  })

  it("answers session_expired when the retry gets a 109 too, still setting the cookie", async () => {
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: session("t2"),
      setCookie: ["a=1"],
      persisted: false,
    })
    const handler = vi.fn(() => Promise.reject(expired()))
    const res = await withSession(
      {},
      handler,
    )(new Request("http://app.test/api/x"))
    expect(res.status).toBe(401)
    expect(handler).toHaveBeenCalledTimes(2)
    expect(res.headers.getSetCookie()).toEqual(["a=1"])
    expect(await res.json()).toMatchObject({
      error: { code: "session_expired", trackingId: "tr-109" },
    })
  })

  it("does not append a cookie that next/headers already queued", async () => {
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: session("t2"),
      setCookie: ["a=1"],
      persisted: true,
    })
    const GET = withSession({}, ({ session: s }) => {
      if (s.accessToken === "t1") throw expired()
      return new Response("ok")
    })
    const res = await GET(new Request("http://app.test/api/x"))
    expect(res.headers.getSetCookie()).toEqual([])
  })

  it("never runs a write twice: a thrown 109 answers session_expired", async () => {
    vi.mocked(refreshUpstreamSession).mockResolvedValue({
      session: session("t2"),
      setCookie: [],
      persisted: false,
    })
    const handler = vi.fn(() => Promise.reject(expired()))
    const res = await withWriteSession(
      {},
      handler,
    )(
      new Request("http://app.test/api/x", {
        method: "POST",
        headers: { Origin: "http://localhost:3000" },
      }),
    )
    expect(res.status).toBe(401)
    expect(handler).toHaveBeenCalledTimes(1)
    expect(refreshUpstreamSession).not.toHaveBeenCalled()
  })
})
