import type { Page } from "@playwright/test"

import { expect, test } from "./fixtures"
import { e2eProduction } from "./support/env"
import { tabTo } from "./support/keyboard"

// Pages need a session now; an agency Super Admin sees every dashboard page.
test.beforeEach(async ({ page, signInAs }) => {
  await signInAs(page, "admin@contoso.example")
})

// The nav link's name and the page's h1 (which is also its title) may differ. An agency is
// offered its two pages; "Invitations for you" is a client's.
const pages = [
  { path: "/links", link: "Client links", heading: "Client links" },
  { path: "/invite", link: "Invite", heading: "Invite clients" },
] as const
const invitations = {
  path: "/invitations",
  link: "Invitations for you",
  heading: "Invitations for you",
} as const

function collectCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy/i.test(msg.text()))
      violations.push(msg.text())
  })
  return violations
}

test("moves between the dashboard pages with the keyboard", async ({
  page,
}) => {
  const violations = collectCspViolations(page)
  await page.goto("/links")

  await expect(
    page.getByRole("heading", { level: 1, name: "Client links" }),
  ).toBeVisible()
  await expect(page).toHaveTitle("Client links · Linkdesk")
  const nav = page.getByRole("navigation", { name: "Primary" })
  for (const { link } of pages)
    await expect(nav.getByRole("link", { name: link })).toBeVisible()
  await expect(nav.getByRole("link", { name: invitations.link })).toHaveCount(0)
  await expect(nav.getByRole("link", { name: "Client links" })).toHaveAttribute(
    "aria-current",
    "page",
  )

  // A marker on window survives only client-side navigation, which needs the
  // hydrated (nonce-allowed) scripts; a full reload would drop it.
  await page.evaluate(() => Object.assign(window, { __linkdeskMarker: true }))

  for (const { path, link: name, heading } of pages.slice(1)) {
    const link = nav.getByRole("link", { name })
    await tabTo(page, link)
    await page.keyboard.press("Enter")
    await expect(page).toHaveURL(path)
    await expect(
      page.getByRole("heading", { level: 1, name: heading, exact: true }),
    ).toBeVisible()
    await expect(page).toHaveTitle(`${heading} · Linkdesk`)
    await expect(link).toHaveAttribute("aria-current", "page")
    await expect(
      nav.getByRole("link", { name: "Client links" }),
    ).not.toHaveAttribute("aria-current", "page")
  }

  expect(await page.evaluate(() => "__linkdeskMarker" in window)).toBe(true)
  expect(violations).toEqual([])
})

test("a client is offered only its own page; the agency's explain themselves", async ({
  page,
  signInAs,
}) => {
  await signInAs(page, "admin@northwind.example")
  await page.goto("/")
  await expect(page).toHaveURL(invitations.path)
  const nav = page.getByRole("navigation", { name: "Primary" })
  await expect(nav.getByRole("link")).toHaveText([invitations.link])

  await page.goto("/invite")
  await expect(
    page.getByText("Northwind Traders is a client customer", { exact: true }),
  ).toBeVisible()
  await expect(
    page.getByText(
      "Northwind Traders is a client customer: only an agency can send invitations",
    ),
  ).toBeVisible()
  await expect(page.getByText(/to be managed by Northwind/)).toHaveCount(0)
  await expect(page.getByText(/Ask a Super Admin/)).toHaveCount(0)

  await page.goto("/links")
  await expect(
    page.getByText("Northwind Traders is a client customer", { exact: true }),
  ).toBeVisible()
  await expect(page.getByRole("table")).toHaveCount(0)
  await page.getByRole("link", { name: "Open invitations for you" }).click()
  await expect(page).toHaveURL(invitations.path)
  await expect(
    page.getByRole("heading", { level: 1, name: invitations.heading }),
  ).toBeVisible()
})

test("the root redirects to the client links", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveURL("/links")
  await expect(
    page.getByRole("heading", { level: 1, name: "Client links" }),
  ).toBeVisible()
})

test("unknown pages show a not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page")
  expect(response?.status()).toBe(404)
  await expect(
    page.getByRole("heading", { level: 1, name: "Page not found" }),
  ).toBeVisible()
  await expect(
    page.getByRole("link", { name: "Go to client links" }),
  ).toBeVisible()
})

test("the health endpoint answers ok and is never cached", async ({
  request,
}) => {
  const response = await request.get("/api/health")
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: "ok" })
  expect(response.headers()["cache-control"]).toBe("no-store")
})

test("every page response carries the security headers", async ({ page }) => {
  const nonces = new Set<string>()
  for (const path of [
    ...pages.map((p) => p.path),
    invitations.path,
    "/no-such-page",
  ]) {
    const response = await page.goto(path)
    expect(response, path).not.toBeNull()
    const cspHeaders = (await response!.headersArray()).filter(
      (h) => h.name.toLowerCase() === "content-security-policy",
    )
    expect(cspHeaders, `${path}: exactly one CSP`).toHaveLength(1)
    const csp = cspHeaders[0]!.value
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(csp).toMatch(/form-action 'self'/)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    if (e2eProduction) expect(csp).not.toContain("unsafe-eval")
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce, `${path}: script nonce`).toBeTruthy()
    nonces.add(nonce!)

    const headers = await response!.allHeaders()
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["x-frame-options"]).toBe("DENY")
    expect(headers["permissions-policy"]).toContain("camera=()")
    expect(headers["strict-transport-security"]).toContain("max-age=63072000")
    expect(headers["x-powered-by"]).toBeUndefined()
  }
  expect(nonces.size, "a fresh nonce per response").toBe(4)
})

test("API responses get a CSP that allows nothing to run", async ({
  request,
}) => {
  const response = await request.get("/api/health")
  const headers = response.headers()
  expect(headers["content-security-policy"]).toContain("default-src 'none'")
  expect(headers["x-content-type-options"]).toBe("nosniff")
})
