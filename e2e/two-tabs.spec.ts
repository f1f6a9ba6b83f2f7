import type { Page } from "@playwright/test"

import type { GridRow } from "@/lib/contract/grid"

import { expect, test } from "./fixtures"
import { AGENCY_ADMIN, apiRows, CLIENT_ADMIN, gridReady } from "./support/grid"

/**
 * One person, two tabs (one browser context, one session): tab A changes links that tab B
 * still shows in their old status. B's action on the same links must say per row that it
 * could not be done, send nothing upstream for them, and B's grid must then show the truth.
 */

/** Rows of `view` whose client name is shown once, so a row is found by its name. */
async function distinctRows(page: Page, search: string, count: number) {
  const rows = (await apiRows(page, search)).rows.filter(
    (r) => r.type === "AccountLink",
  )
  const names = rows.map((r) => r.clientName)
  const once = rows.filter(
    (r) => names.indexOf(r.clientName) === names.lastIndexOf(r.clientName),
  )
  if (once.length < count) throw new Error(`need ${count} rows in ${search}`)
  return once.slice(0, count)
}

const rowOf = (page: Page, r: GridRow) =>
  page.getByRole("row").filter({
    has: page.getByRole("checkbox", { name: `Select ${r.clientName}` }),
  })

test.describe("two tabs acting on the same links", () => {
  // Two grids gather and load per test: more than the production 30 s on a busy machine.
  test.slow()

  test("agency: A cancels, then B cancels the same rows from its stale grid", async ({
    context,
    signInAs,
    emulator,
  }) => {
    const a = await context.newPage()
    await signInAs(a, AGENCY_ADMIN)
    const b = await context.newPage()
    const rows = await distinctRows(b, "view=pending", 2)
    // B shows just these two accounts, under All, so they stay listed whatever their status.
    await b.goto(
      `/links?view=all&accounts=${rows.map((r) => r.clientId).join(",")}`,
    )
    await gridReady(b)
    for (const r of rows) await rowOf(b, r).getByRole("checkbox").check()

    await a.goto("/links?view=pending")
    await gridReady(a)
    for (const r of rows)
      await a
        .getByRole("checkbox", { name: `Select ${r.clientName}` })
        .first()
        .check()
    await a
      .getByRole("region", { name: "Actions on selected rows" })
      .getByRole("button", { name: "Cancel invitations 2" })
      .click()
    await expect(a.getByText("2 of 2 canceled.")).toBeVisible()

    // B still shows them pending; its cancel is refused per row, nothing goes upstream.
    for (const r of rows)
      await expect(
        rowOf(b, r).getByRole("button", { name: "Status: Pending" }),
      ).toBeVisible()
    await emulator.clearRequests()
    await b
      .getByRole("region", { name: "Actions on selected rows" })
      .getByRole("button", { name: "Cancel invitations 2" })
      .click()
    await expect(b.getByText(/0 of 2 canceled; 2 failed/)).toBeVisible()
    for (const r of rows) {
      const row = rowOf(b, r)
      await expect(row).toContainText(
        "This link cannot be changed to that status now.",
      )
      // ... and why, in this row's own words: A already canceled it.
      await expect(row).toContainText(
        "The link is LinkCanceled; an ended link cannot be changed.",
      )
      await expect(row).toContainText("code 3083")
      // The grid re-reads: B now shows what A did.
      await expect(
        row.getByRole("button", { name: "Status: Canceled" }),
      ).toBeVisible()
    }
    const ops = (await emulator.requests()).map((x) => x.operation)
    expect(ops).not.toContain("UpdateClientLinks")
  })

  test("client: A accepts, then B declines the same invitation", async ({
    context,
    signInAs,
    emulator,
  }) => {
    const a = await context.newPage()
    await signInAs(a, CLIENT_ADMIN)
    const b = await context.newPage()
    await b.goto("/invitations?view=all")
    await gridReady(b)
    const [r] = await distinctRows(b, "view=pending", 1)
    if (!r) throw new Error("no pending invitation")

    await a.goto("/invitations?view=all")
    await gridReady(a)
    await a
      .getByRole("button", { name: `Accept for ${r.clientName}` })
      .first()
      .click()
    await expect(a.getByText("1 of 1 accepted.")).toBeVisible()

    await emulator.clearRequests()
    await rowOf(b, r)
      .getByRole("button", { name: `Decline for ${r.clientName}` })
      .click()
    await expect(b.getByText(/0 of 1 declined; 1 failed/)).toBeVisible()
    const row = rowOf(b, r)
    await expect(row).toContainText(
      "This link cannot be changed to that status now.",
    )
    await expect(
      row.getByRole("button", { name: /^Status: (Accepted|Linking)$/ }),
    ).toBeVisible()
    await expect(
      row.getByRole("button", { name: `Decline for ${r.clientName}` }),
    ).toHaveCount(0)
    const ops = (await emulator.requests()).map((x) => x.operation)
    expect(ops).not.toContain("UpdateClientLinks")
  })
})
