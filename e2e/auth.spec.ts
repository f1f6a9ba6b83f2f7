import { expect, test } from "./fixtures"
import { gridReady } from "./support/grid"

const AGENCY_ADMIN = "admin@contoso.example"
const CLIENT_ADMIN = "admin@northwind.example"

test.describe("sign-in", () => {
  test("an agency Super Admin lands on the client links, named in the user menu", async ({
    page,
    emulator,
    signInThroughOAuth,
  }) => {
    const persona = await emulator.persona(AGENCY_ADMIN)
    await page.goto("/")
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/)
    await expect(page.getByText("Emulator").first()).toBeVisible()

    await signInThroughOAuth(page, AGENCY_ADMIN)
    await expect(page).toHaveURL("/links")
    await expect(
      page.getByRole("heading", { level: 1, name: "Client links" }),
    ).toBeVisible()
    const nav = page.getByRole("navigation", { name: "Primary" })
    await expect(nav.getByRole("link", { name: "Invite" })).toBeVisible()

    const menu = page.getByRole("button", {
      name: `User menu: ${persona.name}`,
    })
    await expect(menu).toBeVisible()
    await menu.click()
    await expect(page.getByRole("menu")).toContainText(AGENCY_ADMIN)
    await page.keyboard.press("Escape")
  })

  test("a client Super Admin lands on the invitations, without Invite in the nav", async ({
    page,
    signInThroughOAuth,
  }) => {
    await signInThroughOAuth(page, CLIENT_ADMIN)
    await expect(page).toHaveURL("/invitations")
    const nav = page.getByRole("navigation", { name: "Primary" })
    await expect(
      nav.getByRole("link", { name: "Invitations for you" }),
    ).toBeVisible()
    await expect(nav.getByRole("link", { name: "Invite" })).toHaveCount(0)
  })

  test("a signed-out visit comes back to the page it asked for", async ({
    page,
    signInThroughOAuth,
  }) => {
    await page.goto("/invitations?status=pending")
    await expect(page).toHaveURL(
      "/signin?callbackUrl=%2Finvitations%3Fstatus%3Dpending",
    )
    await signInThroughOAuth(page, AGENCY_ADMIN)
    await expect(page).toHaveURL("/invitations?status=pending")
  })

  test("the browser's session JSON carries no token", async ({
    page,
    signInAs,
  }) => {
    await signInAs(page, AGENCY_ADMIN)
    const res = await page.request.get("/api/auth/session")
    const text = await res.text()
    const session = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(session).sort()).toEqual([
      "customer",
      "customers",
      "expires",
      "user",
    ])
    expect(text).not.toMatch(/token|BBD37VB98/i)
    expect(session.customer).toMatchObject({
      name: "Contoso Media",
      kind: "agency",
      role: "SuperAdmin",
    })
  })
})

test("the customer switcher acts for the chosen customer", async ({
  page,
  emulator,
  signInAs,
}) => {
  const persona = await emulator.persona(AGENCY_ADMIN)
  const labs = persona.roles.find(
    (r) => r.customerName === "Contoso Media Labs",
  )
  expect(labs).toBeDefined()
  await signInAs(page, AGENCY_ADMIN)

  const home = persona.roles.find((r) => r.customerName === "Contoso Media")
  const switcher = page.getByRole("combobox", { name: "Customer", exact: true })
  await expect(switcher).toHaveValue(home?.customerId ?? "")
  // The whole name and number are shown, not "Contoso Media (CAT98JV".
  const fits = await switcher.evaluate((el: HTMLSelectElement) => {
    const ctx = document.createElement("canvas").getContext("2d")
    const style = getComputedStyle(el)
    if (!ctx) return false
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const room =
      el.clientWidth -
      parseFloat(style.paddingLeft) -
      parseFloat(style.paddingRight)
    return ctx.measureText(el.selectedOptions[0]?.text ?? "").width <= room
  })
  expect(fits).toBe(true)
  await expect(switcher).toHaveAttribute("title", /^Contoso Media \(\w+\)$/)
  const label = await switcher
    .getByRole("option", { name: /^Contoso Media Labs/ })
    .textContent()
  const switched = page.waitForResponse(
    (r) =>
      r.url().endsWith("/api/auth/session") && r.request().method() === "POST",
  )
  await switcher.selectOption({ label: label ?? "" })
  expect((await switched).status()).toBe(200)
  await expect(switcher).toHaveValue(labs?.customerId ?? "")
  await expect(switcher).toBeEnabled()

  // The choice is in the session cookie: it survives a reload and goes upstream as CustomerId.
  await page.reload()
  await expect(
    page.getByRole("combobox", { name: "Customer", exact: true }),
  ).toHaveValue(labs?.customerId ?? "")
  await emulator.clearRequests()
  expect((await page.request.get("/api/me")).status()).toBe(200)
  const calls = await emulator.requests()
  expect(calls.length).toBeGreaterThan(0)
  expect(calls.every((c) => c.customerId === labs?.customerId)).toBe(true)
})

test.describe("tokens", () => {
  // Each test signs in itself: its tokens are expired or revoked, never the saved ones.
  test("an access token past its lifetime is refreshed with no sign-in", async ({
    page,
    emulator,
    signInThroughOAuth,
  }) => {
    // Shorter than the app's refresh margin: by its own clock the token is always due.
    await emulator.config({ accessTokenTtlSeconds: 5 })
    await signInThroughOAuth(page, AGENCY_ADMIN)
    // The landing page gathers in the background with the first token: let it finish, so
    // the clock move below kills the token between calls, as the old 6 s sleep did.
    await gridReady(page)
    await emulator.advanceClock(6) // the first access token is now dead upstream
    await emulator.clearRequests()

    expect((await page.request.get("/api/me")).status()).toBe(200)
    await emulator.advanceClock(6) // and the refreshed one too: the rotated refresh token must work
    expect((await page.request.get("/api/me")).status()).toBe(200)
    await page.reload()
    await expect(page).toHaveURL("/links")

    const calls = await emulator.requests()
    expect(
      calls.filter((c) => c.operation === "GetUser" && c.status === 200).length,
    ).toBeGreaterThan(1)
    expect(calls.filter((c) => c.status === 401)).toEqual([])
  })

  test("a token the API calls expired is refreshed once and the call retried", async ({
    page,
    emulator,
    signInThroughOAuth,
  }) => {
    await signInThroughOAuth(page, AGENCY_ADMIN)
    await page.waitForLoadState("networkidle") // the page's own GET /api/me is done
    await emulator.advanceClock(2 * 3600) // upstream time moves, ours does not
    await emulator.clearRequests()

    const me = await page.request.get("/api/me")
    expect(me.status()).toBe(200)
    expect(await me.json()).toMatchObject({ user: { email: AGENCY_ADMIN } })
    const statuses = (await emulator.requests())
      .filter((c) => c.operation === "GetUser")
      .map((c) => c.status)
    expect(statuses).toEqual([401, 200])

    // The rotated cookie came back with that answer: the next call needs no refresh.
    await emulator.clearRequests()
    expect((await page.request.get("/api/me")).status()).toBe(200)
    expect((await emulator.requests()).map((c) => c.status)).toEqual([200])
  })

  test("after a revoke the next page visit signs in again and comes back", async ({
    page,
    emulator,
    signInThroughOAuth,
  }) => {
    await emulator.config({ accessTokenTtlSeconds: 5 })
    await signInThroughOAuth(page, AGENCY_ADMIN)
    await page.goto("/invitations")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()

    await emulator.revoke(AGENCY_ADMIN)
    await emulator.advanceClock(6) // past its lifetime: the visit must refresh, and finds the revoke
    await page.goto("/invitations")
    await expect(page).toHaveURL("/signin?callbackUrl=%2Finvitations")

    await signInThroughOAuth(page, AGENCY_ADMIN)
    await expect(page).toHaveURL("/invitations")
  })

  test("a revoked sign-in found by an API call sends the user to sign in", async ({
    page,
    emulator,
    signInThroughOAuth,
  }) => {
    await signInThroughOAuth(page, AGENCY_ADMIN)
    await emulator.revoke(AGENCY_ADMIN)
    await page.goto("/links")
    await expect(page).toHaveURL("/signin?callbackUrl=%2Flinks")
    await signInThroughOAuth(page, AGENCY_ADMIN)
    await expect(page).toHaveURL("/links")
  })
})

test("signing out ends the session", async ({ page, signInAs }) => {
  await signInAs(page, AGENCY_ADMIN)
  await page.getByRole("button", { name: /^User menu:/ }).click()
  await page.getByRole("menuitem", { name: "Sign out" }).click()
  await expect(page).toHaveURL(/\/signin/)
  await page.goto("/links")
  await expect(page).toHaveURL("/signin?callbackUrl=%2Flinks")
  expect((await page.request.get("/api/me")).status()).toBe(401)
})

test("signing out in one tab sends the other tab to sign in", async ({
  page,
  signInAs,
}) => {
  await signInAs(page, AGENCY_ADMIN)
  const other = await page.context().newPage()
  await other.goto("/invite")
  await expect(other.getByRole("form", { name: "Invitations" })).toBeVisible()
  await page.getByRole("button", { name: /^User menu:/ }).click()
  await page.getByRole("menuitem", { name: "Sign out" }).click()
  await expect(page).toHaveURL(/\/signin/)
  // No reload, no focus change: the other tab hears it and offers to come back.
  await expect(other).toHaveURL("/signin?callbackUrl=%2Finvite")
})
