import { expect, test } from "./fixtures"
import { AGENCY_ADMIN, gridReady } from "./support/grid"

// At 1440×900, the size an account manager's laptop shows, the grid fits the screen and
// every cell's text can be read where it is: long names and notes wrap, nothing is cut.
test.use({ viewport: { width: 1440, height: 900 } })

test("the client links grid fits 1440 px and cuts no text", async ({
  page,
  signInAs,
}) => {
  await signInAs(page, AGENCY_ADMIN)
  await page.goto("/links?view=all")
  await gridReady(page)
  const table = page.getByRole("table", { name: /client links/i })
  await expect(table.getByRole("row").nth(1)).toBeVisible()

  const layout = await table.evaluate((el) => {
    const scroller = el.parentElement ?? el
    const clipped: string[] = []
    for (const node of Array.from(el.querySelectorAll("td *"))) {
      const style = getComputedStyle(node)
      const hides =
        style.overflowX !== "visible" || style.overflowY !== "visible"
      if (!hides) continue
      if (
        node.scrollWidth > node.clientWidth + 1 ||
        node.scrollHeight > node.clientHeight + 1
      )
        clipped.push(node.textContent ?? "")
    }
    return {
      overflow: scroller.scrollWidth - scroller.clientWidth,
      clipped,
    }
  })
  expect(layout.clipped).toEqual([])
  expect(layout.overflow).toBeLessThanOrEqual(0)
})
