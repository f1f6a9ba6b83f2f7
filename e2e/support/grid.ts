import { expect, type Page } from "@playwright/test"

import type { GridResponse } from "@/lib/contract/grid"

/** Helpers for the client-links grid specs: roles and labels only. */

export const AGENCY_ADMIN = "admin@contoso.example"
export const CLIENT_ADMIN = "admin@northwind.example"

/** A status view's link, e.g. "Pending 593". */
export const viewLink = (page: Page, name: string) =>
  page
    .getByRole("navigation", { name: "Status views" })
    .getByRole("link", { name: new RegExp(`^${name}`) })

/** The count shown on a status view, e.g. "Pending 593" → 593. */
export async function tabCount(page: Page, name: string): Promise<number> {
  const tab = viewLink(page, name)
  await expect(tab).toContainText(/\d/)
  const text = (await tab.textContent()) ?? ""
  return Number(text.replace(name, "").replace(/[^\d]/g, ""))
}

export const pagination = (page: Page) =>
  page.getByRole("navigation", { name: "Pagination" })

/** Waits until the grid shows every link (the server finished gathering). */
export async function gridReady(page: Page) {
  await expect(pagination(page)).toBeVisible({ timeout: 90_000 })
  await expect(
    page.getByRole("progressbar", { name: "Loading client links" }),
  ).toHaveCount(0, { timeout: 90_000 })
}

/** The same query as the page's URL, from our API (the page's cookies). */
export async function apiRows(page: Page, search: string) {
  const res = await page.request.get(`/api/client-links?${search}`)
  expect(res.ok()).toBe(true)
  return (await res.json()) as GridResponse
}

/** The client names of the rows on screen, top to bottom. */
export async function shownClients(page: Page): Promise<string[]> {
  const boxes = page.getByRole("checkbox", { name: /^Select (?!all)/ })
  const labels = await boxes.evaluateAll((els) =>
    els.map((e) => e.getAttribute("aria-label") ?? ""),
  )
  return labels.map((l) => l.replace(/^Select /, ""))
}

export async function statusesShown(page: Page): Promise<string[]> {
  const badges = page.getByRole("button", { name: /^Status: (?!sort )/ })
  return (await badges.allTextContents()).map((t) => t.trim())
}
