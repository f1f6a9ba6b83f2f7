import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import * as searchRoute from "@/app/api/client-links/route"
import * as exportRoute from "@/app/api/client-links/export/route"
import * as inviteRoute from "@/app/api/client-links/invite/route"
import * as statusRoute from "@/app/api/client-links/status/route"
import { upstreamClient } from "@/lib/ads-api/upstream.server"
import { getUpstreamSession } from "@/lib/auth/session.server"
import { clearGathered } from "@/lib/grid/gather.server"
import { apiErrorBodySchema, bulkResponseSchema } from "@/lib/contract/writes"
import { startUpstream, type Upstream } from "@/test/route-harness.test-support"
import {
  type Cell,
  requestFor,
  type RouteName,
  sessionOf,
} from "@/test/security-cells.test-support"

import type { ApiErrorCode } from "@/lib/api/error-codes"

vi.mock("@/lib/auth/session.server", () => ({
  getUpstreamSession: vi.fn(),
  refreshUpstreamSession: vi.fn(),
}))
vi.mock("@/lib/ads-api/upstream.server", () => ({ upstreamClient: vi.fn() }))

/**
 * Every API route × {signed out, each role, wrong customer, cross-origin, missing Origin,
 * oversized, malformed, schema-invalid}: the expected answers are this one table, every
 * cell is requested, and every refusal is checked against the upstream, which must have
 * seen nothing (our recording fetch and the emulator's own request log agree).
 */
type Upstreamed =
  | "none" // refused before any upstream call
  | "some" // went through
  | "readsOnly" // refused per row after reading the links again; nothing written
  | "ownCustomer" // went through, every upstream call for the session's own customer
type Expected = readonly [number, ApiErrorCode | null, Upstreamed]

const OK: Expected = [200, null, "some"]
const NO: Expected = [401, "unauthorized", "none"]
const ROLE: Expected = [403, "forbidden", "none"]
const CSRF: Expected = [403, "cross_origin", "none"]
const BIG: Expected = [413, "payload_too_large", "none"]
const BAD: Expected = [400, "invalid_request", "none"]
const ROWS: Expected = [200, null, "readsOnly"]
const OWN: Expected = [200, null, "ownCustomer"]

// A GET changes nothing and sends no CORS header, so other sites cannot read its answer:
// an Origin is not required there. A "wrong customer" GET forges ?customerId= and the
// CustomerId header; both are ignored. An oversized GET is a 64 KiB query.
// otherOwnCustomer names another customer the user belongs to (not the selected one, whose
// role was checked); clientAsAgency is the client's Super Admin sending the agency's request,
// agencyAsClient the agency's Super Admin answering as a client (invite has no client action).
// prettier-ignore
const EXPECTED: Record<RouteName, Record<Cell, Expected>> = {
  search: { signedOut: NO, agencySuperAdmin: OK, agencyStandard: OK, agencyViewer: OK, agencyCampaignManager: OK, clientSuperAdmin: OK, clientViewer: OK,
            wrongCustomer: OWN, otherOwnCustomer: OWN, clientAsAgency: OK, agencyAsClient: OK, crossOrigin: OK, forwardedHost: OK, missingOrigin: OK, oversized: BAD, malformedJson: BAD, schemaInvalid: BAD },
  export: { signedOut: NO, agencySuperAdmin: OK, agencyStandard: OK, agencyViewer: OK, agencyCampaignManager: OK, clientSuperAdmin: OK, clientViewer: OK,
            wrongCustomer: OWN, otherOwnCustomer: OWN, clientAsAgency: OK, agencyAsClient: OK, crossOrigin: OK, forwardedHost: OK, missingOrigin: OK, oversized: BAD, malformedJson: BAD, schemaInvalid: BAD },
  invite: { signedOut: NO, agencySuperAdmin: OK, agencyStandard: OK, agencyViewer: ROLE, agencyCampaignManager: ROLE, clientSuperAdmin: ROLE, clientViewer: ROLE,
            wrongCustomer: ROLE, otherOwnCustomer: ROLE, clientAsAgency: ROLE, agencyAsClient: OK, crossOrigin: CSRF, forwardedHost: CSRF, missingOrigin: CSRF, oversized: BIG, malformedJson: BAD, schemaInvalid: BAD },
  status: { signedOut: NO, agencySuperAdmin: OK, agencyStandard: OK, agencyViewer: ROLE, agencyCampaignManager: ROLE, clientSuperAdmin: OK, clientViewer: ROLE,
            wrongCustomer: ROWS, otherOwnCustomer: ROWS, clientAsAgency: ROLE, agencyAsClient: ROLE, crossOrigin: CSRF, forwardedHost: CSRF, missingOrigin: CSRF, oversized: BIG, malformedJson: BAD, schemaInvalid: BAD },
}

/** Methods each route module exports; Next answers 405 to every other method itself. */
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
const ALLOWED: Record<RouteName, string[]> = {
  search: ["GET"],
  export: ["GET"],
  invite: ["POST"],
  status: ["POST"],
}
const MODULES: Record<RouteName, Record<string, unknown>> = {
  search: searchRoute,
  export: exportRoute,
  invite: inviteRoute,
  status: statusRoute,
}

type Handler = (req: Request) => Promise<Response>
const handlerOf = (route: RouteName): Handler => {
  const h = MODULES[route][ALLOWED[route][0] ?? ""]
  if (typeof h !== "function") throw new Error(`${route} has no handler`)
  return h as Handler
}

let up: Upstream
beforeEach(async () => {
  vi.resetAllMocks()
  clearGathered()
  up = await startUpstream()
  vi.mocked(upstreamClient).mockImplementation(up.clientFor)
})
afterEach(async () => {
  clearGathered()
  await up.close()
})

async function checkCell(route: RouteName, cell: Cell) {
  const [status, code, upstream] = EXPECTED[route][cell]
  const session = sessionOf(up, cell)
  vi.mocked(getUpstreamSession).mockResolvedValue(session)
  const req = await requestFor(up, route, cell, session)
  up.calls.length = 0
  up.state.log.length = 0
  const res = await handlerOf(route)(req)
  const text = await res.text()
  expect(res.status, text.slice(0, 300)).toBe(status)
  expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull()
  const operations = up.state.log.map((e) => e.operation)
  if (code !== null) {
    expect(apiErrorBodySchema.parse(JSON.parse(text)).error.code).toBe(code)
  }
  if (upstream === "none") {
    expect(up.calls).toEqual([])
    expect(operations).toEqual([])
  } else expect(operations.length).toBeGreaterThan(0)
  if (upstream === "readsOnly") {
    const { results } = bulkResponseSchema.parse(JSON.parse(text))
    expect(results.every((r) => !r.ok)).toBe(true)
    expect(up.calls.every((c) => c.method !== "PUT")).toBe(true)
    expect(new Set(operations)).toEqual(new Set(["SearchClientLinks"]))
  }
  if (upstream === "ownCustomer") {
    const own = session?.customer.id
    expect(up.state.log.every((e) => e.customerId === own)).toBe(true)
  }
}

describe("security matrix: every route × caller × attack", () => {
  for (const route of Object.keys(EXPECTED) as RouteName[])
    for (const cell of Object.keys(EXPECTED[route]) as Cell[])
      it(`${route} × ${cell} → ${EXPECTED[route][cell].join(" ")}`, () =>
        checkCell(route, cell))
})

describe("security matrix: wrong methods", () => {
  for (const route of Object.keys(ALLOWED) as RouteName[])
    it(`${route} exports ${ALLOWED[route].join(", ")} only`, () => {
      const exported = METHODS.filter((m) => m in MODULES[route])
      expect(exported).toEqual(ALLOWED[route])
    })
})

// The session's customer comes only from the encrypted cookie, switched by `update()` to a
// customer the user holds a role on (lib/auth/session.test.ts: "switches only to…", "a
// forged [cookie]"). Even a cookie naming a foreign customer yields no customer at all.
describe("security matrix: a forged customer selection", () => {
  it("selects nothing when the token names a customer the user does not belong to", async () => {
    const { selectedCustomer, switchCustomer } =
      await import("@/lib/auth/token-state.server")
    const own = { id: "100", name: "Own", number: "C100" }
    const token = {
      customers: [own],
      roles: [{ customerId: "100", roleId: 41 }],
      customerId: "100",
    }
    const foreign = { customerId: up.plan.otherAgencyCustomerId }
    expect(await switchCustomer(token, foreign)).toBe(token)
    expect(selectedCustomer({ ...token, ...foreign })).toBeNull()
    expect(selectedCustomer(token)?.role).toBe("SuperAdmin")
  })
})
