import { readFile } from "node:fs/promises"

import { parseCsv } from "@/lib/csv-read"

import { expect, test } from "./fixtures"
import {
  AGENCY_ADMIN,
  apiRows,
  gridReady,
  pagination,
  shownClients,
  statusesShown,
  tabCount,
  viewLink,
} from "./support/grid"

test.describe("client links grid (agency)", () => {
  test.beforeEach(async ({ page, signInAs, emulator }) => {
    void emulator
    await signInAs(page, AGENCY_ADMIN)
    await page.goto("/links")
    await gridReady(page)
  })

  test("pages forward and back through every seeded link", async ({ page }) => {
    // A sort key the emulator's life cycle does not move (last modified does).
    await page.goto("/links?sort=client&order=asc")
    await gridReady(page)
    const all = await tabCount(page, "All")
    expect(all).toBeGreaterThanOrEqual(2000)
    await expect(pagination(page)).toContainText(
      `1–25 of ${all.toLocaleString("en")}`,
    )
    const first = await shownClients(page)
    await page.getByRole("button", { name: "Next page" }).click()
    await expect(page).toHaveURL(/[?&]page=2/)
    await expect(pagination(page)).toContainText("26–50 of")
    const second = await shownClients(page)
    expect(second).not.toEqual(first)
    await page.getByRole("button", { name: "Last page" }).click()
    const pages = Math.ceil(all / 25)
    await expect(pagination(page)).toContainText(
      `Page ${pages.toLocaleString("en")} of`,
    )
    await page.goBack()
    await expect(pagination(page)).toContainText("26–50 of")
    await page.getByRole("button", { name: "Previous page" }).click()
    await expect(pagination(page)).toContainText("1–25 of")
    await expect(page).not.toHaveURL(/page=/)
    await expect(page).toHaveURL(/sort=client/)
    expect(await shownClients(page)).toEqual(first)
  })

  test("sorts by every column, both ways, on the server", async ({ page }) => {
    const columns = {
      Client: "client",
      Status: "status",
      "Who pays": "billing",
      Inviter: "inviter",
      "Start date": "startDate",
      "Last modified": "lastModified",
      Name: "name",
      Note: "note",
    } as const
    for (const [title, key] of Object.entries(columns)) {
      for (const order of ["asc", "desc"] as const) {
        const word = order === "asc" ? "ascending" : "descending"
        await page
          .getByRole("button", { name: `${title}: sort ${word}` })
          .click()
        // The default sort (last modified) stays out of the URL.
        if (key === "lastModified") await expect(page).not.toHaveURL(/sort=/)
        else await expect(page).toHaveURL(new RegExp(`sort=${key}`))
        await expect(
          page.getByRole("columnheader", { name: title }),
        ).toHaveAttribute("aria-sort", word)
        const label = (r: {
          clientName: string | null
          clientNumber: string | null
          clientId: string
        }) => r.clientName ?? r.clientNumber ?? r.clientId
        // The emulator moves links on meanwhile: compare the screen with a fresh read. The
        // grid catches up on its background refresh, so allow more than one interval.
        await expect
          .poll(
            async () => {
              const d = await apiRows(page, `sort=${key}&order=${order}`)
              return (
                JSON.stringify(await shownClients(page)) ===
                JSON.stringify(d.rows.map(label))
              )
            },
            { timeout: 25_000 },
          )
          .toBe(true)
        const data = await apiRows(page, `sort=${key}&order=${order}`)
        if (key === "startDate") {
          const t = data.rows.map((r) => Date.parse(r.startDate ?? ""))
          const sorted = [...t].sort((a, b) =>
            order === "asc" ? a - b : b - a,
          )
          expect(t).toEqual(sorted)
        }
      }
    }
  })

  test("filters by one and by several client account ids", async ({ page }) => {
    const { rows } = await apiRows(page, "view=active&pageSize=3")
    const ids = rows.map((r) => r.clientId)
    const field = page.getByLabel("Client account ids")
    await field.fill(ids[0] ?? "")
    await page.getByRole("button", { name: "Apply ids" }).click()
    await expect(pagination(page)).toContainText("1–1 of 1")
    await expect(page).toHaveURL(new RegExp(`accounts=${ids[0]}`))
    await field.fill(ids.join(", "))
    await page.getByRole("button", { name: "Apply ids" }).click()
    await expect(pagination(page)).toContainText("1–3 of 3")
    expect((await shownClients(page)).sort()).toEqual(
      rows.map((r) => r.clientName ?? "").sort(),
    )
  })

  test("a copied URL opens the same view", async ({ page, context }) => {
    await viewLink(page, "Pending").click()
    await page.getByRole("button", { name: "Name: sort ascending" }).click()
    await page.getByRole("button", { name: "Next page" }).click()
    await expect(pagination(page)).toContainText("26–50 of")
    const url = page.url()
    expect(url).toMatch(/view=pending/)
    const shown = await shownClients(page)
    const copy = await context.newPage()
    await copy.goto(url)
    await gridReady(copy)
    await expect(viewLink(copy, "Pending")).toHaveAttribute(
      "aria-current",
      "page",
    )
    await expect(pagination(copy)).toContainText("26–50 of")
    expect(await shownClients(copy)).toEqual(shown)

    // Another view's link is a URL of its own: same sort, back on page 1.
    const active = await viewLink(copy, "Active").getAttribute("href")
    const other = await context.newPage()
    await other.goto(active ?? "")
    await gridReady(other)
    await expect(viewLink(other, "Active")).toHaveAttribute(
      "aria-current",
      "page",
    )
    await expect(other).toHaveURL(/view=active/)
    await expect(other).toHaveURL(/sort=name/)
    await expect(other).not.toHaveURL(/page=/)
    await expect(pagination(other)).toContainText("1–25 of")
  })

  test("the Pending view counts and exports every pending link", async ({
    page,
  }) => {
    await viewLink(page, "Pending").click()
    await expect(page).toHaveURL(/view=pending/)
    const pending = await tabCount(page, "Pending")
    expect(pending).toBeGreaterThan(25)
    await expect(pagination(page)).toContainText(
      `of ${pending.toLocaleString("en")}`,
    )
    expect(new Set(await statusesShown(page))).toEqual(new Set(["Pending"]))
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ])
    const csv = parseCsv(await readFile((await download.path()) ?? "", "utf8"))
    const [header, ...rows] = csv
    const status = header?.indexOf("Status") ?? -1
    expect(status).toBeGreaterThanOrEqual(0)
    expect(rows).toHaveLength(pending)
    expect(new Set(rows.map((r) => r[status]))).toEqual(
      new Set(["LinkPending"]),
    )
  })
})
