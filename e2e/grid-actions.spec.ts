import type { Page } from "@playwright/test"

import type { GridRow } from "@/lib/contract/grid"

import { expect, test } from "./fixtures"
import { AGENCY_ADMIN, apiRows, gridReady } from "./support/grid"

/** A link's status as our API reports it now. */
async function statusOf(page: Page, row: GridRow) {
  const filter = row.type === "AccountLink" ? "accounts" : "customers"
  const data = await apiRows(page, `${filter}=${row.clientId}`)
  return data.rows.find((r) => r.key === row.key)?.status
}

test.describe("client link actions (agency)", () => {
  test.beforeEach(async ({ page, signInAs, emulator }) => {
    void emulator
    await signInAs(page, AGENCY_ADMIN)
  })

  test("cancels a pending invitation", async ({ page }) => {
    await page.goto("/links?view=pending")
    await gridReady(page)
    const [row] = (await apiRows(page, "view=pending")).rows
    if (!row) throw new Error("no pending link")
    await page
      .getByRole("button", { name: `Cancel invitation for ${row.clientName}` })
      .first()
      .click()
    await expect(page.getByText("1 of 1 canceled.")).toBeVisible()
    await expect.poll(() => statusOf(page, row)).toBe("LinkCanceled")
  })

  test("re-invites a canceled account link from its row, prefilled and sendable", async ({
    page,
  }) => {
    const row = (await apiRows(page, "view=pending")).rows.find(
      (r) => r.type === "AccountLink",
    )
    if (!row) throw new Error("no pending account link")
    await page.goto(`/links?accounts=${row.clientId}`)
    await gridReady(page)
    await page
      .getByRole("button", { name: `Cancel invitation for ${row.clientName}` })
      .first()
      .click()
    await expect(page.getByText("1 of 1 canceled.")).toBeVisible()
    await page
      .getByRole("link", { name: /^Re-invite / })
      .first()
      .click()
    await expect(page).toHaveURL(/\/invite\?/)
    await page.getByRole("button", { name: "Send 1 invitation" }).click()
    await expect(page.getByText("1 of 1 sent.")).toBeVisible()
    await expect.poll(() => statusOf(page, row)).toBe("LinkPending")
  })

  test("requests an unlink after a confirmation about billing", async ({
    page,
  }) => {
    await page.goto("/links?view=active")
    await gridReady(page)
    const [row] = (await apiRows(page, "view=active")).rows
    if (!row) throw new Error("no active link")
    await page
      .getByRole("button", { name: `Unlink for ${row.clientName}` })
      .first()
      .click()
    const dialog = page.getByRole("alertdialog")
    await expect(dialog).toContainText("Billing")
    await expect(dialog).toContainText("Ads may pause")
    await dialog.getByRole("button", { name: /^Unlink/ }).click()
    await expect(page.getByText("1 of 1 asked to unlink.")).toBeVisible()
    await expect
      .poll(() => statusOf(page, row))
      .toMatch(/^Unlink(Requested|Pending|InProgress)$/)
  })

  test("keyboard only: move through the grid, select rows, run an action", async ({
    page,
  }) => {
    await page.goto("/links?view=pending")
    await gridReady(page)
    const rows = (await apiRows(page, "view=pending")).rows.slice(0, 2)
    if (rows.length < 2) throw new Error("need two pending links")
    // Tab from the top of the page to the first row's checkbox.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab")
      const label = await page.evaluate(
        () => document.activeElement?.getAttribute("aria-label") ?? "",
      )
      if (/^Select (?!all)/.test(label)) break
    }
    const first = page
      .getByRole("checkbox", { name: `Select ${rows[0]?.clientName}` })
      .first()
    await expect(first).toBeFocused()
    await page.keyboard.press("Space")
    await expect(first).toBeChecked()
    await page.keyboard.press("ArrowDown")
    const second = page
      .getByRole("checkbox", { name: `Select ${rows[1]?.clientName}` })
      .first()
    await expect(second).toBeFocused()
    await page.keyboard.press("Space")
    await expect(second).toBeChecked()
    const bulk = page.getByRole("region", { name: "Actions on selected rows" })
    await expect(bulk).toContainText("2 selected")
    const cancel = bulk.getByRole("button", { name: "Cancel invitations 2" })
    for (let i = 0; i < 30; i++) {
      if (await cancel.evaluate((el) => el === document.activeElement)) break
      await page.keyboard.press("Shift+Tab")
    }
    await expect(cancel).toBeFocused()
    await page.keyboard.press("Enter")
    await expect(page.getByText("2 of 2 canceled.")).toBeVisible()
    for (const r of rows)
      await expect.poll(() => statusOf(page, r)).toBe("LinkCanceled")
  })
})

test.describe("a status action whose request gets no answer", () => {
  test.beforeEach(async ({ page, signInAs, emulator }) => {
    void emulator
    await signInAs(page, AGENCY_ADMIN)
  })

  test("says the connection failed, not Microsoft, and changes nothing", async ({
    page,
  }) => {
    await page.goto("/links?view=pending")
    await gridReady(page)
    const [row] = (await apiRows(page, "view=pending")).rows
    if (!row) throw new Error("no pending link")
    await page.route("**/api/client-links/status", (route) =>
      route.abort("internetdisconnected"),
    )
    await page
      .getByRole("button", { name: `Cancel invitation for ${row.clientName}` })
      .first()
      .click()
    await expect(
      page.getByText("0 of 1 canceled; 1 failed.", { exact: false }),
    ).toBeVisible()
    const gridRow = page
      .getByRole("row")
      .filter({ hasText: row.clientName ?? row.clientId })
      .first()
    await expect(gridRow).toContainText(
      "No answer from Linkdesk: check your connection",
    )
    await expect(gridRow).not.toContainText("internal error")
    await expect(gridRow).not.toContainText("code 0")
    await page.unroute("**/api/client-links/status")
    expect(await statusOf(page, row)).toBe("LinkPending")
  })
})
