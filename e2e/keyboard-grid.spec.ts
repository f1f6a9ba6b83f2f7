import type { Page } from "@playwright/test"

import { expect, test } from "./fixtures"
import {
  AGENCY_ADMIN,
  apiRows,
  gridReady,
  pagination,
  shownClients,
  viewLink,
} from "./support/grid"
import { expectFocusKept, expectVisibleFocus, tabTo } from "./support/keyboard"

// The client-links grid and its actions with the keyboard alone. Rows that an action
// removes from the view must not take the focus with them.

test.setTimeout(120_000)

test.beforeEach(async ({ page, signInAs, emulator }) => {
  void emulator // resets the seed
  await signInAs(page, AGENCY_ADMIN)
})

const grid = (page: Page) => page.getByRole("table", { name: "Client links" })
/** sonner's polite live region (a named <section>), which holds every toast. */
const notifications = (page: Page) =>
  page.getByRole("region", { name: /^Notifications/ })
const bulkProgress = (page: Page) =>
  page.getByRole("status", { name: "Action progress" })

/** Focus is somewhere in the grid's table (e.g. on a neighbouring row). */
async function expectFocusInGrid(page: Page) {
  await expectFocusKept(page)
  expect(
    await grid(page).evaluate((el) => el.contains(document.activeElement)),
    "focus stays in the grid",
  ).toBe(true)
}

/** Shift+Tab up to the first row's checkbox, then Space, ArrowDown, Space. */
async function selectFirstTwo(page: Page, names: string[]) {
  const [a, b] = names.map((n) =>
    page.getByRole("checkbox", { name: `Select ${n}` }).first(),
  )
  if (!a || !b) throw new Error("need two rows")
  await tabTo(page, a, { back: true, max: 300 })
  await expectVisibleFocus(page)
  await page.keyboard.press("Space")
  await expect(a).toBeChecked()
  await page.keyboard.press("ArrowDown")
  await expect(b).toBeFocused()
  await page.keyboard.press("Space")
  await expect(b).toBeChecked()
}

test("status views, sort, filter, pages and selection by keyboard", async ({
  page,
}) => {
  await page.goto("/links")
  await gridReady(page)

  await page.keyboard.press("Tab")
  await expect(
    page.getByRole("link", { name: "Skip to content" }),
  ).toBeFocused()
  await page.keyboard.press("Enter")
  // Past the header: the first stop is the page's own "Invite clients", then the views.
  await page.keyboard.press("Tab")
  await expect(page.getByRole("link", { name: "Invite clients" })).toBeFocused()
  await page.keyboard.press("Tab")
  // The views are links: one stop each, Enter opens the view in place.
  await expect(viewLink(page, "All")).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press("Tab")
  const pending = viewLink(page, "Pending")
  await expect(pending).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(pending).toHaveAttribute("aria-current", "page")
  await expect(pending).toBeFocused()
  await expect(page).toHaveURL(/view=pending/)
  await gridReady(page)

  // Sort by "Who pays": Enter on the header button; it keeps focus and says what is next.
  await tabTo(
    page,
    page.getByRole("button", { name: "Who pays: sort ascending" }),
  )
  await expectVisibleFocus(page)
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/sort=billing/)
  await expect(
    page.getByRole("columnheader", { name: /Who pays/ }),
  ).toHaveAttribute("aria-sort", "ascending")
  await expect(
    page.getByRole("button", { name: "Who pays: sort descending" }),
  ).toBeFocused()

  // Filter by text: back up to the search box and type a client's name.
  const [row] = (await apiRows(page, "view=pending")).rows
  if (!row?.clientName) throw new Error("no pending link with a name")
  const search = page.getByRole("searchbox", { name: "Name or number" })
  await tabTo(page, search, { back: true })
  await page.keyboard.type(row.clientName)
  await expect(page).toHaveURL(/q=/)
  await expect(
    grid(page)
      .getByRole("checkbox", { name: `Select ${row.clientName}` })
      .first(),
  ).toBeVisible()
  await page.keyboard.press("Control+A")
  await page.keyboard.press("Backspace")
  await expect(page).not.toHaveURL(/q=/)

  // Pages: the range is a polite live region; the pressed button keeps focus.
  const range = pagination(page).getByText(/^1–25 of /)
  await expect(range).toHaveAttribute("aria-live", "polite")
  const next = page.getByRole("button", { name: "Next page" })
  await tabTo(page, next, { max: 300 })
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/page=2/)
  await expect(pagination(page).getByText(/^26–50 of /)).toBeVisible()
  await expect(next).toBeFocused()

  // Select two rows (Space, ArrowDown, Space), then every row of the page from the header.
  await selectFirstTwo(page, (await shownClients(page)).slice(0, 2))
  const bulk = page.getByRole("region", { name: "Actions on selected rows" })
  await expect(bulk).toContainText("2 selected")
  const allRows = page.getByRole("checkbox", {
    name: "Select all rows on this page",
  })
  await tabTo(page, allRows, { back: true })
  await page.keyboard.press("Space")
  await expect(bulk).toContainText("25 selected")
  await page.keyboard.press("Space")
  await expect(bulk).toBeHidden()
  await expect(allRows).toBeFocused()

  // A status badge explains itself on focus; Escape hides the tooltip, focus stays.
  const status = grid(page).getByRole("button", { name: "Status: Pending" })
  await tabTo(page, status.first())
  await expect(page.getByRole("tooltip")).toBeVisible()
  await page.keyboard.press("Escape")
  await expect(page.getByRole("tooltip")).toBeHidden()
  await expect(status.first()).toBeFocused()
})

test("cancel one invitation, then two: progress and results announced, focus stays in the grid", async ({
  page,
}) => {
  await page.goto("/links?view=pending")
  await gridReady(page)
  // Present before any action, so what lands in them later is announced.
  await expect(notifications(page)).toBeAttached()
  await expect(bulkProgress(page)).toBeAttached()
  const rows = (await apiRows(page, "view=pending")).rows.slice(0, 3)
  const names = rows.map((r) => r.clientName ?? "")
  if (names.length < 3) throw new Error("need three pending links")

  const cancel = page.getByRole("button", {
    name: `Cancel invitation for ${names[0]}`,
  })
  await tabTo(page, cancel.first(), { max: 80 })
  await expectVisibleFocus(page)
  await page.keyboard.press("Enter")
  await expect(notifications(page)).toContainText("1 of 1 canceled.")
  // The row leaves the Pending view; focus moves to its neighbour, not to <body>.
  // The write dropped the server's cache: the view is gathered again.
  await expect(
    grid(page).getByRole("checkbox", { name: `Select ${names[0]}` }),
  ).toHaveCount(0, { timeout: 60_000 })
  await expectFocusInGrid(page)

  // Hold the request so the progress can be read while it is under way.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route("**/api/client-links/status", async (route) => {
    await held
    await route.continue()
  })
  await selectFirstTwo(page, names.slice(1))
  const bulkCancel = page
    .getByRole("region", { name: "Actions on selected rows" })
    .getByRole("button", { name: "Cancel invitations 2" })
  await tabTo(page, bulkCancel, { back: true })
  await page.keyboard.press("Enter")
  await expect(
    bulkProgress(page).getByRole("progressbar", {
      name: "Canceling 2 invitations",
    }),
  ).toBeVisible()
  release()
  await expect(notifications(page)).toContainText("2 of 2 canceled.")
  await expect(bulkProgress(page).getByRole("progressbar")).toHaveCount(0)
  // The bulk bar left with the selection; focus went to the grid.
  await expect(
    page.getByRole("region", { name: "Actions on selected rows" }),
  ).toBeHidden()
  await expectFocusInGrid(page)
})

test("the unlink confirmation: focus on the safe choice, Tab trapped, Escape returns focus, results announced", async ({
  page,
}) => {
  await page.goto("/links?view=active")
  await gridReady(page)
  const rows = (await apiRows(page, "view=active")).rows.slice(0, 3)
  const names = rows.map((r) => r.clientName ?? "")
  if (names.length < 3) throw new Error("need three active links")
  const unlink = grid(page)
    .getByRole("button", { name: `Unlink for ${names[0]}` })
    .first()
  await tabTo(page, unlink, { max: 80 })
  await page.keyboard.press("Enter")

  const dialog = page.getByRole("alertdialog", { name: `Unlink ${names[0]}?` })
  await expect(dialog).toBeVisible()
  // WAI-ARIA alertdialog: focus starts on the least destructive choice.
  const keep = dialog.getByRole("button", { name: "Keep linked" })
  const confirm = dialog.getByRole("button", { name: /^Unlink/ })
  await expect(keep).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press("Tab")
  await expect(confirm).toBeFocused()
  await page.keyboard.press("Tab")
  await expect(keep).toBeFocused()
  await page.keyboard.press("Shift+Tab")
  await expect(confirm).toBeFocused()
  await page.keyboard.press("Escape")
  await expect(dialog).toBeHidden()
  await expect(unlink).toBeFocused()

  // Again, and confirm: the row leaves the Active view, focus stays in the grid.
  await page.keyboard.press("Enter")
  await expect(keep).toBeFocused()
  await page.keyboard.press("Tab")
  await page.keyboard.press("Enter")
  await expect(notifications(page)).toContainText("1 of 1 asked to unlink.")
  // The write dropped the server's cache: the view is gathered again.
  await expect(
    grid(page).getByRole("checkbox", { name: `Select ${names[0]}` }),
  ).toHaveCount(0, { timeout: 60_000 })
  await expectFocusInGrid(page)

  // From the bulk bar: Escape gives focus back to the bulk button.
  await selectFirstTwo(page, names.slice(1))
  const bulkUnlink = page
    .getByRole("region", { name: "Actions on selected rows" })
    .getByRole("button", { name: "Unlink 2…" })
  await tabTo(page, bulkUnlink, { back: true })
  await page.keyboard.press("Enter")
  const many = page.getByRole("alertdialog", { name: "Unlink 2 clients?" })
  await expect(many.getByRole("button", { name: "Keep linked" })).toBeFocused()
  await page.keyboard.press("Escape")
  await expect(many).toBeHidden()
  await expect(bulkUnlink).toBeFocused()
})
