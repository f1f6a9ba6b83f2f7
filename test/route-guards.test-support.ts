import { expect, it } from "vitest"

import type { UpstreamSession } from "@/lib/auth/session.server"
import { apiErrorBodySchema } from "@/lib/contract/writes"

import {
  post,
  streamedPost,
  type Upstream,
} from "@/test/route-harness.test-support"

/**
 * The checks every write route makes before anything goes upstream, registered as tests:
 * each case asserts the status, the error code and that the emulator saw no call at all.
 */
export interface GuardSetup {
  path: string
  route: (req: Request) => Promise<Response>
  upstream: () => Upstream
  signIn: (session: UpstreamSession | null) => void
  /** A body the route accepts from a permitted user. */
  validBody: () => unknown
  /** A body that fails the schema, and one field path the answer must name. */
  invalidBody: () => unknown
  invalidField: string
  /** A signed-in user whose role may not do this. */
  forbidden: () => UpstreamSession
  permitted: () => UpstreamSession
}

async function expectRefused(
  g: GuardSetup,
  req: Request,
  status: number,
  code: string,
) {
  const res = await g.route(req)
  const body: unknown = await res.json()
  expect(res.status).toBe(status)
  const parsed = apiErrorBodySchema.parse(body)
  expect(parsed.error.code).toBe(code)
  expect(g.upstream().calls).toEqual([])
  return parsed
}

export function itGuardsTheRoute(g: GuardSetup) {
  it("answers 401 when signed out", async () => {
    g.signIn(null)
    await expectRefused(g, post(g.path, g.validBody()), 401, "unauthorized")
  })

  it("answers 403 for a role that may not act", async () => {
    g.signIn(g.forbidden())
    await expectRefused(g, post(g.path, g.validBody()), 403, "forbidden")
  })

  it("answers 403 for a cross-origin write and for a missing Origin", async () => {
    g.signIn(g.permitted())
    const evil = post(g.path, g.validBody(), { origin: "https://evil.example" })
    await expectRefused(g, evil, 403, "cross_origin")
    const none = post(g.path, g.validBody(), { origin: null })
    await expectRefused(g, none, 403, "cross_origin")
  })

  it("answers 413 by Content-Length and while reading a streamed body", async () => {
    g.signIn(g.permitted())
    const declared = post(g.path, g.validBody(), {
      headers: { "Content-Length": String(2 * 1024 * 1024) },
    })
    await expectRefused(g, declared, 413, "payload_too_large")
    const streamed = streamedPost(g.path, 2 * 1024 * 1024)
    await expectRefused(g, streamed, 413, "payload_too_large")
  })

  it("answers 400 for a body that is not JSON", async () => {
    g.signIn(g.permitted())
    await expectRefused(g, post(g.path, "{not json"), 400, "invalid_request")
  })

  it("answers 400 with field errors keyed by path", async () => {
    g.signIn(g.permitted())
    const req = post(g.path, g.invalidBody())
    const { error } = await expectRefused(g, req, 400, "invalid_request")
    expect(Object.keys(error.fields ?? {})).toContain(g.invalidField)
  })

  it("checks the origin before reading the body", async () => {
    g.signIn(g.permitted())
    const req = post(g.path, "{not json", { origin: "https://evil.example" })
    await expectRefused(g, req, 403, "cross_origin")
  })
}
