import { expect, test } from "./fixtures"
import { AGENCY_ADMIN, apiRows, gridReady } from "./support/grid"

const SEARCH = "sort=client&order=asc"

test("the first page comes with the HTML; the browser asks only for the next one", async ({
  page,
  signInAs,
  emulator,
}) => {
  void emulator
  await signInAs(page, AGENCY_ADMIN)
  // Once gathered, no poll is due, so every grid request the page makes is visible below.
  await expect
    .poll(async () => (await apiRows(page, SEARCH)).complete)
    .toBe(true)
  const { rows } = await apiRows(page, SEARCH)
  const firstId = rows[0]?.clientId
  expect(firstId).toBeTruthy()

  const html = await (await page.request.get(`/links?${SEARCH}`)).text()
  expect(html).toContain(firstId)

  const asked: URLSearchParams[] = []
  page.on("request", (req) => {
    const url = new URL(req.url())
    if (url.pathname === "/api/client-links") asked.push(url.searchParams)
  })
  await page.goto(`/links?${SEARCH}`)
  await gridReady(page)
  await expect.poll(() => asked.map((s) => s.get("page"))).toEqual(["2"])
})
