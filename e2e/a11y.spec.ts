import AxeBuilder from "@axe-core/playwright"
import type { Page } from "@playwright/test"

import { expect, test } from "./fixtures"

/**
 * axe on every page and on the dialogs that exist (the unlink confirmation, the invitation
 * row panel): no serious or critical violation of WCAG 2.1 A/AA.
 */
const ADMIN = "admin@contoso.example"
const CLIENT = "admin@northwind.example"

async function expectAccessible(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
  ])
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  const bad = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`)
          .join("\n  ")}`,
    )
  expect(bad, `${what}: serious or critical axe violations`).toEqual([])
}

test.describe("accessibility (axe)", () => {
  test.setTimeout(180_000)

  test("the sign-in page", async ({ page }) => {
    await page.goto("/signin")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await expectAccessible(page, "/signin")
  })

  test("the agency pages and the unlink confirmation", async ({
    page,
    emulator,
    signInAs,
  }) => {
    void emulator // resets the seed first
    await signInAs(page, ADMIN)
    for (const path of ["/links", "/invite", "/invitations"]) {
      await page.goto(path)
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
      await page.waitForLoadState("networkidle")
      await expectAccessible(page, path)
    }

    await page.goto("/links")
    const unlink = page.getByRole("button", { name: /^Unlink for / }).first()
    await expect(unlink).toBeVisible()
    await unlink.click()
    const dialog = page.getByRole("alertdialog")
    await expect(dialog).toBeVisible()
    await expectAccessible(page, "unlink dialog")
  })

  test("closing the unlink dialog gives focus back to its button", async ({
    page,
    emulator,
    signInAs,
  }) => {
    void emulator
    await signInAs(page, ADMIN)
    await page.goto("/links")
    const unlink = page.getByRole("button", { name: /^Unlink for / }).first()
    await unlink.click()
    await expect(page.getByRole("alertdialog")).toBeVisible()
    await page.keyboard.press("Escape")
    await expect(page.getByRole("alertdialog")).toBeHidden()
    await expect(unlink).toBeFocused()
  })

  test("the invitation row panel", async ({ page, emulator, signInAs }) => {
    void emulator
    await signInAs(page, ADMIN)
    await page.goto("/invite")
    await page.getByLabel("CSV file to import").setInputFiles({
      name: "a11y.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "Type,ClientEntityId,ClientEntityNumber,Name,Note,InviterEmail,IsBillToClient\r\n" +
          "AccountLink,1234567,,A11y,,,false\r\n" +
          "AccountLink,7654321,,A11y two,,,true",
      ),
    })
    await page.getByRole("button", { name: "Edit row 1" }).click()
    await expect(page.getByRole("dialog")).toBeVisible()
    await expectAccessible(page, "invitation row panel")
  })

  test("the client's invitations page", async ({
    page,
    emulator,
    signInAs,
  }) => {
    void emulator
    await signInAs(page, CLIENT)
    await page.goto("/invitations")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await page.waitForLoadState("networkidle")
    await expectAccessible(page, "/invitations as the client")
  })
})
