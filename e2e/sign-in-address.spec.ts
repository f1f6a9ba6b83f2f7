import { expect, test } from "./fixtures"
import { e2ePort } from "./support/env"

const AGENCY_ADMIN = "admin@contoso.example"

// The server's NEXTAUTH_URL names 127.0.0.1; `npm run dev` prints 127.0.0.1 and the README
// used to say localhost. Both are this machine, and sign-in works at whichever one is open.
for (const host of ["localhost", "127.0.0.1"]) {
  test(`signs in at http://${host}:<port> and stays there`, async ({
    page,
    signInThroughOAuth,
  }) => {
    const origin = `http://${host}:${e2ePort}`
    await page.goto(`${origin}/signin`)
    await signInThroughOAuth(page, AGENCY_ADMIN)
    expect(new URL(page.url()).origin).toBe(origin)
    await expect(
      page.getByRole("heading", { level: 1, name: "Client links" }),
    ).toBeVisible()
  })
}

test("a callback without the sign-in cookie says so, and not that Microsoft failed", async ({
  page,
}) => {
  await page.goto("/api/auth/callback/microsoft?code=stale&state=stale")
  await expect(page).toHaveURL("/signin?error=StateCookieMissing")
  // Next's route announcer is an (empty) alert too: ours is the one with text.
  const alert = page.getByRole("alert").filter({ hasText: /\S/ })
  await expect(alert).toContainText(
    "your browser came back without the cookie Linkdesk set when you started",
  )
  await expect(alert).not.toContainText("Microsoft did not")
  await expect(
    page.getByRole("button", { name: "Sign in with Microsoft" }),
  ).toBeEnabled()
})
