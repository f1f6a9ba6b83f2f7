import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"

import { GET } from "@/app/api/client-links/route"
import { POST as invite } from "@/app/api/client-links/invite/route"
import { POST as status } from "@/app/api/client-links/status/route"
import { upstreamClient } from "@/lib/ads-api/upstream.server"
import { getUpstreamSession } from "@/lib/auth/session.server"
import { gridResponseSchema } from "@/lib/contract/grid"
import {
  apiErrorBodySchema,
  bulkResponseSchema,
  inviteRequestSchema,
  statusRequestSchema,
} from "@/lib/contract/writes"
import {
  APP_ORIGIN,
  post,
  startUpstream,
  type Upstream,
} from "@/test/route-harness.test-support"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

/**
 * Property-based fuzzing of what the browser may send: arbitrary JSON, arbitrary text and
 * near-valid bodies (a valid shape with members swapped for odd values). Whatever comes in,
 * the answer is a 200 of the contract or our error shape, never a 5xx, and a body the
 * shared schema refuses reaches nothing upstream. Runs are bounded to stay quick.
 */
const RUNS = 200
let up: Upstream

beforeAll(async () => {
  up = await startUpstream()
  vi.mocked(upstreamClient).mockImplementation(up.clientFor)
  vi.mocked(getUpstreamSession).mockResolvedValue(
    up.sessionFor("admin@contoso.example"),
  )
})
afterAll(() => up.close())

const odd = fc.oneof(
  fc.string(),
  fc.stringMatching(/^\d{1,20}$/),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
)
const keys = (names: string[]) =>
  fc.constantFrom(...names, "__proto__", "constructor", "Extra")

/** A valid row with up to three members replaced, added or dropped. */
const nearLink = (base: Record<string, unknown>, names: string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(keys(names), odd), { maxLength: 3 }),
      fc.subarray(names),
    )
    .map(([set, drop]) =>
      // fromEntries makes even "__proto__" an own member, as JSON.parse would.
      Object.fromEntries([
        ...Object.entries(base).filter(([k]) => !drop.includes(k)),
        ...set,
      ]),
    )

const inviteBase = () => ({
  Type: "AccountLink",
  ClientEntityId: up.plan.freeAccountIds[0],
  ManagingCustomerId: up.plan.agencyCustomerId,
  IsBillToClient: true,
  Name: "Fuzz",
})
const statusBase = () => ({
  Type: "AccountLink",
  ClientEntityId: up.plan.freeAccountIds[1],
  ManagingCustomerId: up.plan.agencyCustomerId,
})

/** Arbitrary text, arbitrary JSON, or a near-valid body built by `near`. */
const bodies = (near: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.string().map((s) => ({ raw: s })),
    fc.jsonValue().map((v) => ({ raw: JSON.stringify(v) })),
    near.map((v) => ({ raw: JSON.stringify(v) })),
  )

async function expectContract(
  res: Response,
  valid: boolean,
  ok: (json: unknown) => void,
) {
  const json: unknown = await res.json()
  expect(res.status).toBeLessThan(500)
  if (res.status === 200) ok(json)
  else apiErrorBodySchema.parse(json)
  if (!valid) {
    expect(res.status).toBe(400)
    expect(up.calls).toEqual([])
  }
}

const validJson = (
  raw: string,
  schema: { safeParse: (v: unknown) => { success: boolean } },
) => {
  try {
    return schema.safeParse(JSON.parse(raw)).success
  } catch {
    return false
  }
}

describe("fuzzing the route handlers' inputs", () => {
  it("POST /api/client-links/invite: never a 5xx; nothing invalid goes upstream", async () => {
    const names = Object.keys(inviteBase())
    const near = fc
      .array(nearLink(inviteBase(), names), { minLength: 0, maxLength: 3 })
      .map((links) => ({ links }))
    await fc.assert(
      fc.asyncProperty(bodies(near), async ({ raw }) => {
        up.calls.length = 0
        const valid = validJson(raw, inviteRequestSchema)
        const res = await invite(post("/api/client-links/invite", raw))
        await expectContract(res, valid, (json) => {
          const n = (JSON.parse(raw) as { links: unknown[] }).links.length
          expect(bulkResponseSchema.parse(json).results).toHaveLength(n)
        })
      }),
      { numRuns: RUNS },
    )
  })

  it("POST /api/client-links/status: never a 5xx; nothing invalid goes upstream", async () => {
    const names = Object.keys(statusBase())
    const near = fc
      .record({
        action: fc.oneof(
          fc.constantFrom("accept", "decline", "cancel", "unlink"),
          odd,
        ),
        links: fc.array(nearLink(statusBase(), names), { maxLength: 3 }),
        note: fc.option(odd, { nil: undefined }),
      })
      .map((b) => (b.note === undefined ? { ...b, note: undefined } : b))
    await fc.assert(
      fc.asyncProperty(bodies(near), async ({ raw }) => {
        up.calls.length = 0
        const valid = validJson(raw, statusRequestSchema)
        const res = await status(post("/api/client-links/status", raw))
        await expectContract(res, valid, (json) => {
          bulkResponseSchema.parse(json)
          expect(up.calls.every((c) => c.method !== "PUT")).toBe(true)
        })
      }),
      { numRuns: RUNS },
    )
  })

  it("GET /api/client-links: any query string is a page or a 400, never a 5xx", async () => {
    // Gather once (the writes above dropped the gathered links), so a stray call stands out.
    const warm = await GET(new Request(`${APP_ORIGIN}/api/client-links`))
    expect(warm.status).toBe(200)
    const param = fc.tuple(
      fc
        .constantFrom("view", "q", "accounts", "customers", "sort", "order")
        .chain((k) => fc.constantFrom(k, "page", "pageSize", "x")),
      fc.oneof(fc.string(), fc.stringMatching(/^-?\d{0,7}$/), odd.map(String)),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(param, { maxLength: 5 }), async (params) => {
        up.calls.length = 0
        const qs = new URLSearchParams(params).toString()
        const res = await GET(
          new Request(`${APP_ORIGIN}/api/client-links?${qs}`),
        )
        const json: unknown = await res.json()
        expect([200, 400]).toContain(res.status)
        if (res.status === 200) gridResponseSchema.parse(json)
        else apiErrorBodySchema.parse(json)
        expect(up.calls).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })
})
