import type { Page, Response } from "@playwright/test"

import { expect, test } from "./fixtures"
import { e2eBaseURL, e2eProduction } from "./support/env"

/**
 * Secrets never leave the server: after signing in, every page, every API route and every
 * script the browser loaded is searched for the developer token and the user's live access
 * and refresh tokens (read from the emulator). Each page's security headers are checked too.
 */
const ADMIN = "admin@contoso.example"
const DEVELOPER_TOKEN = "BBD37VB98"
const PAGES = ["/links", "/invite", "/invitations", "/signin"]
const ORIGIN = { Origin: e2eBaseURL }

interface Collected {
  url: string
  body: string
}

/** Records the body of every same-origin response the page receives. */
function collect(page: Page): {
  bodies: Collected[]
  done: () => Promise<void>
} {
  const bodies: Collected[] = []
  const pending: Promise<void>[] = []
  page.on("response", (res: Response) => {
    if (!res.url().startsWith(e2eBaseURL)) return
    if (res.status() >= 300 && res.status() < 400) return
    pending.push(
      res
        .text()
        .then((body) => void bodies.push({ url: res.url(), body }))
        .catch(() => {}),
    )
  })
  return { bodies, done: async () => void (await Promise.all(pending)) }
}

function checkHeaders(url: string, res: Response | null) {
  expect(res, url).not.toBeNull()
  const h = res?.headers() ?? {}
  const csp = h["content-security-policy"] ?? ""
  expect(csp, `${url}: CSP`).toContain("frame-ancestors 'none'")
  expect(csp, `${url}: CSP`).toMatch(/script-src [^;]*'nonce-/)
  if (e2eProduction) expect(csp, `${url}: CSP`).not.toContain("unsafe-eval")
  expect(h["x-content-type-options"], url).toBe("nosniff")
  expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin")
  expect(h["x-frame-options"], url).toBe("DENY")
}

test("no page, API answer or script carries a token, and every page has its headers", async ({
  page,
  emulator,
  signInAs,
}) => {
  test.setTimeout(e2eProduction ? 90_000 : 300_000)
  const { bodies, done } = collect(page)
  await signInAs(page, ADMIN)
  for (const path of PAGES) {
    const res = await page.goto(path)
    await page.waitForLoadState("networkidle")
    checkHeaders(path, res)
  }

  const plan = await emulator.plan()
  const api = page.request
  const calls = [
    api.get("/api/client-links"),
    api.get("/api/client-links/export"),
    api.get("/api/me"),
    api.get("/api/auth/session"),
    api.post("/api/client-links/invite", {
      headers: ORIGIN,
      data: {
        links: [
          {
            Type: "AccountLink",
            ClientEntityId: plan.freeAccounts[0]?.id,
            ManagingCustomerId: plan.agencyCustomer.id,
            IsBillToClient: true,
          },
        ],
      },
    }),
    api.post("/api/client-links/status", {
      headers: ORIGIN,
      data: {
        action: "cancel",
        links: [
          {
            Type: "AccountLink",
            ClientEntityId: plan.freeAccounts[0]?.id,
            ManagingCustomerId: plan.agencyCustomer.id,
          },
        ],
      },
    }),
  ]
  for (const res of await Promise.all(calls)) {
    expect(res.status(), res.url()).toBeLessThan(500)
    bodies.push({ url: res.url(), body: await res.text() })
  }
  await done()

  const live = await emulator.tokens(ADMIN)
  expect(
    live.access.length,
    "the emulator knows the live token",
  ).toBeGreaterThan(0)
  const secrets = [DEVELOPER_TOKEN, ...live.access, ...live.refresh]
  const scripts = bodies.filter((b) => /\.js(\?|$)/.test(b.url))
  expect(scripts.length, "the browser loaded our JS chunks").toBeGreaterThan(0)
  for (const path of PAGES)
    expect(
      bodies.some((b) => new URL(b.url).pathname === path),
      path,
    ).toBe(true)
  for (const { url, body } of bodies)
    for (const secret of secrets)
      expect(body.includes(secret), `${url} must not contain a token`).toBe(
        false,
      )
})

test("every API route answers 405 to a method it does not serve", async ({
  request,
}) => {
  const wrong: [string, string][] = [
    ["POST", "/api/client-links"],
    ["DELETE", "/api/client-links"],
    ["POST", "/api/client-links/export"],
    ["GET", "/api/client-links/invite"],
    ["PUT", "/api/client-links/invite"],
    ["GET", "/api/client-links/status"],
    ["PATCH", "/api/client-links/status"],
  ]
  for (const [method, path] of wrong) {
    const res = await request.fetch(path, { method, headers: ORIGIN })
    expect(res.status(), `${method} ${path}`).toBe(405)
  }
})
