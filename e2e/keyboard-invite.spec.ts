import type { Page } from "@playwright/test"

import { expect, test } from "./fixtures"
import { addCalls, seedPlan } from "./support/invite"
import { expectFocusKept, expectVisibleFocus, tabTo } from "./support/keyboard"

// Invitations with the keyboard alone: Tab, Shift+Tab, arrows, Space, Enter and Escape.
// No clicks and no fills; text is typed into whatever field the keys reached.

test.setTimeout(120_000)

test.beforeEach(async ({ page, signInAs, emulator }) => {
  await emulator.clearRequests()
  await signInAs(page, "admin@contoso.example")
  await page.goto("/invite")
  await expect(
    page.getByRole("heading", { name: "Invite clients" }),
  ).toBeVisible()
})

const progressRegion = (page: Page) =>
  page.getByRole("status", { name: "Send progress" })
const resultsRegion = (page: Page) =>
  page.getByRole("status", { name: "Send results" })

/** The account id and "Agency pays" of the row whose editor is on screen. */
async function typeAccountRow(page: Page, id: string) {
  await tabTo(page, page.getByLabel("Client account ID"))
  await page.keyboard.type(id)
  await tabTo(page, page.getByRole("radio", { name: /Client pays/ }))
  await page.keyboard.press("ArrowRight")
  await expect(page.getByRole("radio", { name: /Agency pays/ })).toBeChecked()
}

test("one invitation: skip link, every choice by keyboard, results announced, focus kept", async ({
  page,
  request,
}) => {
  const account = (await seedPlan(request)).freeAccounts[7]!
  const results = resultsRegion(page)
  // Both live regions are in the page before anything happens, or nothing is announced.
  await expect(results).toBeAttached()
  await expect(results).toBeEmpty()
  await expect(progressRegion(page)).toBeAttached()

  await page.keyboard.press("Tab")
  await expect(
    page.getByRole("link", { name: "Skip to content" }),
  ).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press("Enter")
  await page.keyboard.press("Tab")
  // The skip link jumps past the header: the next stop is the page's first control.
  await expect(
    page.getByRole("button", { name: "Import CSV file" }),
  ).toBeFocused()
  await expectVisibleFocus(page)

  const accountLink = page.getByRole("radio", { name: /Account link/ })
  await tabTo(page, accountLink)
  await expect(accountLink).toBeChecked()
  await expectVisibleFocus(page)
  await page.keyboard.press("Tab")
  await expect(page.getByLabel("Client account ID")).toBeFocused()
  await page.keyboard.type(account.id)
  await tabTo(page, page.getByRole("radio", { name: /Client pays/ }))
  await page.keyboard.press("ArrowRight")
  await expect(page.getByRole("radio", { name: /Agency pays/ })).toBeChecked()
  await page.keyboard.press("Tab")
  await expect(page.getByLabel("Link name")).toBeFocused()
  await page.keyboard.type("Keyboard only")
  const noEmail = page.getByRole("checkbox", { name: "Don't email the client" })
  await tabTo(page, noEmail)
  await expectVisibleFocus(page)
  await page.keyboard.press("Space")
  await expect(noEmail).toBeChecked()

  const send = page.getByRole("button", { name: "Send 1 invitation" })
  await tabTo(page, send)
  await expectVisibleFocus(page)
  await page.keyboard.press("Enter")
  await expect(results).toContainText("1 of 1 sent.")
  // The button that was pressed still holds focus, now saying what happened.
  await expect(
    page.getByRole("button", { name: "All invitations sent" }),
  ).toBeFocused()
  await expectFocusKept(page)
  expect(
    (await addCalls(request)).flatMap((c) => c.clientEntities ?? []),
  ).toEqual([account.id])
})

test("several invitations: add and edit rows in the panel, progress and results announced, retry the failed rows", async ({
  page,
  request,
  emulator,
}) => {
  const [a, b] = (await seedPlan(request)).freeAccounts.slice(8, 10)
  if (!a || !b) throw new Error("the seed has no free accounts")
  await typeAccountRow(page, a.id)

  // "Add invitation" opens the new row in a modal side panel that takes focus.
  const add = page.getByRole("button", { name: "Add invitation" })
  await tabTo(page, add)
  await page.keyboard.press("Enter")
  const panel = page.getByRole("dialog", { name: "Row 2 of 2" })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole("radio", { name: /Account link/ })).toBeFocused()
  await typeAccountRow(page, b.id)
  // Tab is trapped: from the last control it wraps to the first one in the panel.
  await tabTo(page, panel.getByRole("button", { name: "Done" }))
  await page.keyboard.press("Tab")
  expect(
    await panel.evaluate((el) => el.contains(document.activeElement)),
  ).toBe(true)
  await page.keyboard.press("Escape")
  await expect(panel).toBeHidden()
  await expect(add).toBeFocused()

  // Edit row 1 from the table; Escape gives focus back to its Edit button.
  const table = page.getByRole("table", { name: "Invitation rows" })
  await expect(table.getByRole("row")).toHaveCount(3)
  const edit = table.getByRole("button", { name: "Edit row 1" })
  await tabTo(page, edit)
  await page.keyboard.press("Enter")
  const first = page.getByRole("dialog", { name: "Row 1 of 2" })
  await tabTo(page, first.getByLabel("Link name"))
  await page.keyboard.type("Edited by keyboard")
  await page.keyboard.press("Escape")
  await expect(first).toBeHidden()
  await expect(edit).toBeFocused()
  await expect(
    table.getByRole("row", { name: /Edited by keyboard/ }),
  ).toHaveCount(1)

  // The first upstream call fails (500, nothing written): both rows fail, retryably.
  await emulator.faults({
    operation: "AddClientLinks",
    calls: [1],
    kind: "status500",
  })
  // Hold the browser's request so the progress can be read while it is under way.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route("**/api/client-links/invite", async (route) => {
    await held
    await route.continue()
  })
  const region = progressRegion(page)
  await expect(region).toBeAttached()
  const regionNode = await region.elementHandle()
  await tabTo(page, page.getByRole("button", { name: "Send 2 invitations" }))
  await page.keyboard.press("Enter")
  const bar = region.getByRole("progressbar", { name: "Sending invitations" })
  await expect(bar).toHaveAttribute("aria-valuenow", "0")
  await expect(bar).toHaveAttribute("aria-valuemax", "2")
  await expect(region).toContainText("0 of 2 rows done")
  // The same node as before the send: the region existed before its content changed.
  expect(await bar.evaluate((el, node) => node?.contains(el), regionNode)).toBe(
    true,
  )
  await expectFocusKept(page)
  release()

  const results = resultsRegion(page)
  await expect(results).toContainText("0 of 2 sent. 2 failed.")
  await expect(bar).toHaveCount(0)
  await expect(table.getByText(/Failed · retryable/)).toHaveCount(2)
  await expectFocusKept(page)

  const retry = page.getByRole("button", { name: "Retry failed rows (2)" })
  await tabTo(page, retry, { back: true, max: 60 })
  await expectVisibleFocus(page)
  await page.keyboard.press("Enter")
  // The summary leaves while sending; focus waits on the send button, by the progress.
  await expect(results).toContainText("2 of 2 sent.")
  await expect(table.getByText("Sent", { exact: true })).toHaveCount(2)
  await expect(
    page.getByRole("button", { name: "All invitations sent" }),
  ).toBeFocused()
})
