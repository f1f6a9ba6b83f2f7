import { expect, test } from "./fixtures"

/*
 * The user menu and the status tooltips load their Radix code on the first hover, focus or
 * press (components/ui/load-on-intent.ts). A keyboard user must not notice: focus stays on
 * the control while it is swapped for the loaded one, and it works at the first try.
 */
test.beforeEach(async ({ page, signInAs }) => {
  await signInAs(page, "admin@contoso.example")
})

test("the user menu opens from the keyboard at the first try", async ({
  page,
}) => {
  await page.goto("/links")
  const trigger = page.getByRole("button", { name: /^User menu:/ })
  await trigger.focus()
  // Radix's trigger carries data-state; the stand-in does not. Focus survives the swap.
  await expect(trigger).toHaveAttribute("data-state", "closed")
  await expect(trigger).toBeFocused()
  await page.keyboard.press("Enter")
  const signOut = page.getByRole("menuitem", { name: "Sign out" })
  await expect(signOut).toBeVisible()
  await page.keyboard.press("Escape")
  await expect(signOut).toBeHidden()
  await expect(trigger).toBeFocused()

  await page.keyboard.press("ArrowDown")
  await expect(signOut).toBeFocused()
  await page.keyboard.press("Escape")
})

test("a status badge keeps focus and shows its tooltip when focused", async ({
  page,
}) => {
  await page.goto("/links")
  const badge = page
    .getByRole("cell")
    .getByRole("button", { name: /^Status: / })
    .first()
  await expect(badge).toBeVisible()
  await badge.focus()
  await expect(page.getByRole("tooltip")).toHaveText(/\w+/)
  await expect(badge).toBeFocused()
  await expect(badge).toHaveAttribute("aria-describedby", /.+/)
})
