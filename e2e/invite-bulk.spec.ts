import type { Page } from "@playwright/test"

import { expect, test } from "./fixtures"
import {
  addCalls,
  appliedCounts,
  csvLine,
  importCsv,
  postInvite,
  seedPlan,
  summary,
} from "./support/invite"

// Bulk invitations from a CSV: invalid rows stopped in the browser, one outcome per row,
// retries that send only the failed rows, and failing upstream calls mid-batch.

test.setTimeout(300_000)

test.beforeEach(async ({ page, signInAs, emulator }) => {
  await emulator.clearRequests()
  await signInAs(page, "admin@contoso.example")
  await page.goto("/invite")
  await expect(
    page.getByRole("heading", { name: "Invite clients" }),
  ).toBeVisible()
})

const filter = (page: Page, name: RegExp) =>
  page.getByRole("group", { name: "Show rows" }).getByRole("button", { name })

test("a CSV of 250 rows: invalid rows held back, one outcome per row, retry sends only failed rows", async ({
  page,
  request,
}) => {
  const plan = await seedPlan(request)
  const free = plan.freeAccounts
  const agency = plan.agencyCustomer.id
  // Invited before the CSV, so its row meets "already invited" (1410).
  const already = free[240]!
  expect(
    (
      await postInvite(page, [
        {
          Type: "AccountLink",
          ClientEntityId: already.id,
          ManagingCustomerId: agency,
          IsBillToClient: false,
        },
      ])
    ).ok(),
  ).toBe(true)
  const fine = free.slice(0, 236)
  const other = plan.managedByOtherAgencyAccounts.slice(0, 4)
  const prepaid = plan.prepaidAccounts.slice(0, 4)
  const lines = [
    ...fine.map((a, i) =>
      csvLine({ ClientEntityId: a.id, Name: `Bulk ${i + 1}` }),
    ),
    csvLine({ ClientEntityId: already.id }),
    ...other.map((a) => csvLine({ ClientEntityId: a.id })),
    ...prepaid.map((a) =>
      csvLine({ ClientEntityId: a.id, IsBillToClient: "true" }),
    ),
    csvLine({ ClientEntityId: free[241]!.id, IsBillToClient: "" }),
    csvLine({
      ClientEntityId: free[242]!.id,
      ClientEntityNumber: free[242]!.number,
    }),
    csvLine({ ClientEntityId: free[243]!.id, Name: "x".repeat(41) }),
    csvLine({ ClientEntityId: free[244]!.id, InviterEmail: "bad@" }),
    csvLine({ ClientEntityId: fine[0]!.id, Name: "Duplicate" }),
  ]
  expect(lines).toHaveLength(250)
  await expect.poll(async () => (await addCalls(request)).length).toBe(1)
  await importCsv(page, lines, "clients.csv")

  await expect(
    page.getByRole("heading", { name: "250 invitations" }),
  ).toBeVisible()
  await expect(filter(page, /Needs fixing 5/)).toBeVisible()
  await page.getByRole("button", { name: "Send 245 invitations" }).click()
  await expect(summary(page)).toContainText(
    "236 of 245 sent. 9 failed. 5 need fixing before they can be sent.",
    { timeout: 180_000 },
  )
  await expect(page.getByRole("progressbar")).toHaveCount(0)

  // Every failed row says why, with the code and the TrackingId.
  await filter(page, /Failed 9/).click()
  const table = page.getByRole("table", { name: "Invitation rows" })
  await expect(
    table.getByText(
      "This client already has an open invitation or link from this manager.",
    ),
  ).toHaveCount(1)
  await expect(
    table.getByText("Another agency already manages this client account."),
  ).toHaveCount(4)
  await expect(
    table.getByText(/Prepaid accounts cannot be agency-managed/),
  ).toHaveCount(4)
  await expect(table.getByText(/^TrackingId /)).toHaveCount(9)
  await filter(page, /Needs fixing 5/).click()
  await expect(
    table.getByText("Row 1 already invites this client. Remove one of them."),
  ).toBeVisible()
  await expect(
    table.getByText("Choose who pays for this account."),
  ).toBeVisible()

  // The invalid rows never reached the service; each valid row reached it once.
  const first = appliedCounts(await addCalls(request))
  for (const a of [free[241], free[242], free[243], free[244]])
    expect(first.has(a!.id)).toBe(false)
  for (const a of fine) expect(first.get(a.id)).toBe(1)

  // The sent rows are pending in the grid's API.
  const sample = [fine[0]!, fine[100]!, fine[235]!].map((a) => a.id).join(",")
  // The grid's server gathers links in the background: poll until it has them.
  await expect
    .poll(
      async () => {
        const grid = await page.request.get(
          `/api/client-links?view=pending&accounts=${sample}`,
        )
        const { rows } = (await grid.json()) as { rows: { status: string }[] }
        return rows.map((r) => r.status)
      },
      { timeout: 60_000 },
    )
    .toEqual(["LinkPending", "LinkPending", "LinkPending"])

  // Fix a held-back row, then retry: only the 9 failed rows go (and fail again: the
  // service refuses them for good). The fixed row goes with the next send, alone.
  await filter(page, /Needs fixing 5/).click()
  const fixRow = table.getByRole("row").filter({ hasText: free[241]!.id })
  await fixRow.getByRole("button", { name: /^Edit row/ }).click()
  const panel = page.getByRole("dialog")
  await expect(
    panel
      .getByRole("alert")
      .filter({ hasText: "Choose who pays for this account." }),
  ).toBeVisible()
  await panel.getByRole("radio", { name: /Agency pays/ }).check()
  await panel.getByRole("button", { name: "Done" }).click()
  await expect(filter(page, /Needs fixing 4/)).toBeVisible()

  const before = (await addCalls(request)).length
  const retry = page.waitForResponse("**/api/client-links/invite")
  await page.getByRole("button", { name: "Retry failed rows (9)" }).click()
  await retry
  await expect(summary(page)).toContainText(
    "236 of 246 sent. 9 failed. 4 need fixing before they can be sent.",
  )
  const afterRetry = await addCalls(request)
  const retried = afterRetry
    .slice(before)
    .flatMap((c) => c.clientEntities ?? [])
  expect(retried.sort()).toEqual(
    [...other, ...prepaid, already].map((a) => a.id).sort(),
  )

  await page.getByRole("button", { name: "Send 1 invitation" }).click()
  await expect(summary(page)).toContainText(
    "237 of 246 sent. 9 failed. 4 need fixing before they can be sent.",
  )
  const calls = await addCalls(request)
  expect(
    calls.slice(afterRetry.length).flatMap((c) => c.clientEntities ?? []),
  ).toEqual([free[241]!.id])
  for (const a of fine) expect(appliedCounts(calls).get(a.id)).toBe(1)
})
