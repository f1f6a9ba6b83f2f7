import type { Page } from "@playwright/test"

import { expect, test } from "./fixtures"

// The draft lives in localStorage per user and customer: a reload (or an expired sign-in
// and the trip through /signin) brings every row back; it goes once sent or discarded.

test.beforeEach(async ({ page, signInAs, emulator }) => {
  await emulator.clearRequests()
  await signInAs(page, "admin@contoso.example")
  await page.goto("/invite")
  await expect(
    page.getByRole("heading", { name: "Invite clients" }),
  ).toBeVisible()
})

/** The first row of the saved draft, as the page left it in localStorage (null: none). */
const savedRow = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) =>
      k.startsWith("linkdesk:invite-draft:"),
    )
    const raw = key ? localStorage.getItem(key) : null
    const draft = raw ? (JSON.parse(raw) as { rows: unknown[] }) : null
    return draft?.rows[0] ?? null
  })

test("nothing is lost: the draft comes back after a reload, until it is sent", async ({
  page,
}) => {
  await page.getByLabel("Client account ID").fill("123456")
  await page.getByLabel("Link name").fill("Half done")
  await page.getByRole("radio", { name: /Client pays/ }).check()
  // Saved after a short pause in typing, before any reload (whose pagehide saves too).
  await expect
    .poll(() => savedRow(page))
    .toMatchObject({
      ClientEntityId: "123456",
      Name: "Half done",
      IsBillToClient: "true",
    })
  await page.reload()
  await expect(page.getByText("Draft restored.")).toBeVisible()
  await expect(page.getByLabel("Client account ID")).toHaveValue("123456")
  await expect(page.getByLabel("Link name")).toHaveValue("Half done")
  await expect(page.getByRole("radio", { name: /Client pays/ })).toBeChecked()
  await page.getByRole("button", { name: "Start over" }).click()
  await page.reload()
  await expect(page.getByLabel("Client account ID")).toHaveValue("")
  await expect(page.getByText("Draft restored.")).toHaveCount(0)
})

test("discarding asks first, then empties the form and the draft", async ({
  page,
}) => {
  await page.getByLabel("Link name").fill("Throw away")
  await page.getByRole("button", { name: "Discard draft" }).click()
  await page.getByRole("button", { name: "Keep the draft" }).click()
  await expect(page.getByLabel("Link name")).toHaveValue("Throw away")
  await page.getByRole("button", { name: "Discard draft" }).click()
  await page.getByRole("button", { name: "Discard", exact: true }).click()
  await expect(page.getByLabel("Link name")).toHaveValue("")
  await page.reload()
  await expect(page.getByLabel("Link name")).toHaveValue("")
})
