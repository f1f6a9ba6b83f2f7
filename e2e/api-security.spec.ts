import type { APIRequestContext, APIResponse, Page } from "@playwright/test"

import type { GridResponse } from "@/lib/contract/grid"

import { type EmulatorApi, expect, test } from "./fixtures"
import { e2eBaseURL } from "./support/env"

/**
 * Every API route refuses, before anything reaches the upstream API: a signed-out caller,
 * a role that may not act, a cross-origin write and a malformed request. The expected
 * answers are this one table; every cell is requested and checked, and for every refusal
 * the emulator's request log must stay empty.
 */
type Case = "signedOut" | "viewer" | "crossOrigin" | "malformed"
type Route = "invite" | "status" | "grid" | "export"
/** [HTTP status, error code]; a 200 cell is a read the persona may make (proof its session works). */
type Expected = readonly [number, string | null]

// prettier-ignore
const EXPECTED: Record<Route, Record<Case, Expected>> = {
  //        signed out                      agency Viewer              Origin: evil.example              malformed body / query
  invite: { signedOut: [401, "unauthorized"], viewer: [403, "forbidden"], crossOrigin: [403, "cross_origin"], malformed: [400, "invalid_request"] },
  status: { signedOut: [401, "unauthorized"], viewer: [403, "forbidden"], crossOrigin: [403, "cross_origin"], malformed: [400, "invalid_request"] },
  // A Viewer may search; a GET changes nothing and CORS keeps its answer from other sites.
  grid:   { signedOut: [401, "unauthorized"], viewer: [200, null],        crossOrigin: [200, null],           malformed: [400, "invalid_request"] },
  export: { signedOut: [401, "unauthorized"], viewer: [200, null],        crossOrigin: [200, null],           malformed: [400, "invalid_request"] },
}

const VIEWER = "viewer@contoso.example"
const ADMIN = "admin@contoso.example"
const EVIL = "https://evil.example"

/** Schema-valid bodies (nothing in them exists upstream: they must never be sent). */
function validBody(route: Route, agencyId: string): unknown {
  const key = {
    Type: "AccountLink",
    ClientEntityId: "1234567",
    ManagingCustomerId: agencyId,
  }
  if (route === "invite") return { links: [{ ...key, IsBillToClient: true }] }
  if (route === "status") return { action: "cancel", links: [key] }
  return undefined
}

const PATHS: Record<Route, string> = {
  invite: "/api/client-links/invite",
  status: "/api/client-links/status",
  grid: "/api/client-links",
  export: "/api/client-links/export",
}

async function call(
  api: APIRequestContext,
  route: Route,
  agencyId: string,
  opts: { origin?: string; malformed?: boolean } = {},
): Promise<APIResponse> {
  const headers = { Origin: opts.origin ?? e2eBaseURL }
  if (route === "grid" || route === "export")
    return api.get(`${PATHS[route]}${opts.malformed ? "?page=0" : ""}`, {
      headers,
    })
  const data = opts.malformed
    ? "{not json"
    : JSON.stringify(validBody(route, agencyId))
  return api.post(PATHS[route], {
    headers: { ...headers, "Content-Type": "application/json" },
    data,
  })
}

/**
 * GATHER_LIMITS.freshMs (lib/grid/gather.server.ts, server-only): gathered links younger
 * than this are served as they are, and no refresh starts.
 */
const FRESH_MS = 10_000

/**
 * Waits until no gather of the caller's links is running: the landing page and every grid
 * or export read start one in the background, and it must not muddy the log. When the
 * gathered links are complete and fresh, no refresh runs and this read started none.
 */
async function awaitFreshGather(api: APIRequestContext) {
  await expect
    .poll(async () => {
      const res = await api.get(`${PATHS.grid}?view=all`)
      expect(res.ok(), `GET ${PATHS.grid}: ${res.status()}`).toBe(true)
      const { complete, gatheredAt } = (await res.json()) as GridResponse
      // Measured after the server judged it, on the same clock: fresh here, fresh there.
      return complete && Date.now() - Date.parse(gatheredAt) < FRESH_MS
    })
    .toBe(true)
}

/** Who calls: their session (or none) and their email, the one their calls upstream carry. */
interface Caller {
  api: APIRequestContext
  email: string | null
}

/** What reached the emulator on the caller's behalf (others' leftover gathers aside). */
const forwarded = async (emulator: EmulatorApi, caller: Caller) =>
  (await emulator.requests()).filter((r) => r.email === caller.email)

async function check(
  emulator: EmulatorApi,
  caller: Caller,
  route: Route,
  c: Case,
  send: () => Promise<APIResponse>,
) {
  if (caller.email) await awaitFreshGather(caller.api)
  await emulator.clearRequests()
  const res = await send()
  const [status, code] = EXPECTED[route][c]
  const label = `${route} × ${c}`
  expect(res.status(), label).toBe(status)
  // A read the persona may make: it may come from the grid's cache, so the log says nothing.
  if (code === null) return
  const body = (await res.json()) as { error?: { code?: string } }
  expect(body.error?.code, label).toBe(code)
  expect(
    await forwarded(emulator, caller),
    `${label}: nothing forwarded`,
  ).toEqual([])
}

/** Signs in, then leaves the page so its own background requests do not muddy the log. */
async function signedIn(
  page: Page,
  signInAs: (p: Page, e: string) => Promise<void>,
  email: string,
): Promise<Caller> {
  await signInAs(page, email)
  await page.waitForLoadState("networkidle")
  await page.goto("about:blank")
  return { api: page.request, email }
}

const ROUTES = Object.keys(EXPECTED) as Route[]

test.describe("API routes refuse before anything goes upstream", () => {
  let agencyId = ""
  test.beforeEach(async ({ emulator }) => {
    const admin = await emulator.persona(ADMIN)
    agencyId = admin.roles[0]?.customerId ?? ""
    expect(agencyId).not.toBe("")
  })

  test("signed out", async ({ request, emulator }) => {
    // Upstream, a call without a session would carry no user.
    const caller = { api: request, email: null }
    for (const route of ROUTES)
      await check(emulator, caller, route, "signedOut", () =>
        call(request, route, agencyId),
      )
  })

  test("as the agency Viewer", async ({ page, emulator, signInAs }) => {
    const caller = await signedIn(page, signInAs, VIEWER)
    for (const route of ROUTES)
      await check(emulator, caller, route, "viewer", () =>
        call(caller.api, route, agencyId),
      )
  })

  test("cross-origin and malformed, as the agency Super Admin", async ({
    page,
    emulator,
    signInAs,
  }) => {
    const caller = await signedIn(page, signInAs, ADMIN)
    for (const route of ROUTES) {
      await check(emulator, caller, route, "crossOrigin", () =>
        call(caller.api, route, agencyId, { origin: EVIL }),
      )
      await check(emulator, caller, route, "malformed", () =>
        call(caller.api, route, agencyId, { malformed: true }),
      )
    }
  })

  test("a write without any Origin header is refused too", async ({
    page,
    emulator,
    signInAs,
  }) => {
    const caller = await signedIn(page, signInAs, ADMIN)
    await awaitFreshGather(caller.api)
    await emulator.clearRequests()
    const res = await caller.api.post(PATHS.invite, {
      data: validBody("invite", agencyId),
    })
    expect(res.status()).toBe(403)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      "cross_origin",
    )
    expect(await forwarded(emulator, caller)).toEqual([])
  })

  test("the same request, same-origin from the Super Admin, goes through", async ({
    page,
    emulator,
    signInAs,
  }) => {
    const caller = await signedIn(page, signInAs, ADMIN)
    await awaitFreshGather(caller.api)
    await emulator.clearRequests()
    const res = await call(caller.api, "status", agencyId)
    expect(res.status()).toBe(200)
    const body = (await res.json()) as {
      results: { ok: boolean; errors?: { code: number }[] }[]
    }
    // The key names no link: the server looked (one search) and wrote nothing.
    expect(body.results).toEqual([
      expect.objectContaining({
        ok: false,
        errors: [expect.objectContaining({ code: 1482 })],
      }),
    ])
    expect((await forwarded(emulator, caller)).map((r) => r.operation)).toEqual(
      ["SearchClientLinks"],
    )
  })
})
