import type { Page } from "@playwright/test"

import { expect, test } from "./fixtures"
import { CSV_HEADER, csvLine, importCsv } from "./support/invite"

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

/** The number of rows in the saved draft (0: none). */
const savedRows = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) =>
      k.startsWith("linkdesk:invite-draft:"),
    )
    const raw = key ? localStorage.getItem(key) : null
    return raw ? (JSON.parse(raw) as { rows: unknown[] }).rows.length : 0
  })

test("a restored bulk draft shows all its rows in the table, loaded after the page", async ({
  page,
}) => {
  const errors: string[] = []
  page.on(
    "console",
    (m) => void (m.type() === "error" && errors.push(m.text())),
  )
  page.on("pageerror", (e) => errors.push(e.message))
  await importCsv(
    page,
    ["111", "222", "333"].map((id) => csvLine({ ClientEntityId: id })),
    "three.csv",
  )
  const table = page.getByRole("table", { name: "Invitation rows" })
  await expect(table.getByRole("row")).toHaveCount(4)
  await expect.poll(() => savedRows(page)).toBe(3)

  await page.reload()
  await expect(page.getByText("Draft restored.")).toBeVisible()
  await expect(
    page.getByRole("heading", { name: "3 invitations" }),
  ).toBeVisible()
  await expect(table.getByRole("row")).toHaveCount(4)
  for (const id of ["111", "222", "333"])
    await expect(table.getByRole("cell", { name: id })).toBeVisible()
  // No hydration mismatch, no failed chunk: the console stays clean.
  expect(errors).toEqual([])
})

test("discarding asks first, then empties the form and the draft", async ({
  page,
}) => {
  await page.getByLabel("Link name").fill("Throw away")
  // The confirmation's code loads on first intent: the first press still opens it,
  // focus starts on Cancel and comes back to the button.
  const discard = page.getByRole("button", { name: "Discard draft" })
  await discard.focus()
  await page.keyboard.press("Enter")
  const keep = page.getByRole("button", { name: "Keep the draft" })
  await expect(keep).toBeFocused()
  await page.keyboard.press("Escape")
  await expect(page.getByRole("alertdialog")).toBeHidden()
  await expect(discard).toBeFocused()
  await discard.click()
  await keep.click()
  await expect(discard).toBeFocused()
  await expect(page.getByLabel("Link name")).toHaveValue("Throw away")
  await discard.click()
  await page.getByRole("button", { name: "Discard", exact: true }).click()
  await expect(page.getByLabel("Link name")).toHaveValue("")
  await expect(discard).toBeFocused()
  await page.reload()
  await expect(page.getByLabel("Link name")).toHaveValue("")
})

test("pasted CSV text adds rows; the dialog opens at the first click and gives focus back", async ({
  page,
}) => {
  const pasteButton = page.getByRole("button", { name: "Paste CSV" })
  await pasteButton.click()
  const dialog = page.getByRole("dialog", { name: "Paste CSV" })
  await expect(dialog).toBeVisible()
  await page.keyboard.press("Escape")
  await expect(dialog).toBeHidden()
  await expect(pasteButton).toBeFocused()

  await pasteButton.click()
  await dialog
    .getByLabel("CSV text")
    .fill(
      [
        CSV_HEADER,
        csvLine({ ClientEntityId: "444" }),
        csvLine({ ClientEntityId: "555" }),
      ].join("\n"),
    )
  await dialog.getByRole("button", { name: "Add rows" }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole("heading", { name: "2 invitations" }),
  ).toBeVisible()
  await expect(pasteButton).toBeFocused()
})
