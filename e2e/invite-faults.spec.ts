import { expect, test } from "./fixtures"
import {
  addCalls,
  appliedCounts,
  importAccounts,
  seedPlan,
  summary,
} from "./support/invite"

// Failures mid-batch: a browser request that never gets an answer fails its whole slice;
// failing upstream calls fail only their chunk; a retry sends only the failed rows, and
// a row whose first attempt was applied despite a garbled answer is not invited twice.

test.setTimeout(300_000)

test("a failing upstream and a lost request mid-batch: only their rows fail, retry completes, nothing sent twice", async ({
  page,
  signInAs,
  emulator,
  request,
}) => {
  const plan = await seedPlan(request)
  const accounts = plan.freeAccounts.slice(300, 420)
  await emulator.clearRequests()
  await signInAs(page, "admin@contoso.example")
  await page.goto("/invite")
  await importAccounts(page, accounts, "Fault")
  await expect(
    page.getByRole("button", { name: "Send 120 invitations" }),
  ).toBeVisible()

  // Slice 2 of 3 (rows 41–80) is lost between the browser and our server.
  let posts = 0
  await page.route("**/api/client-links/invite", (route) =>
    ++posts === 2 ? route.abort("failed") : route.continue(),
  )
  // Slices 1 and 3 make upstream calls 1–8 (10 rows each): one answers 500 (nothing
  // written), one is written but its answer is garbled (outcome unknown).
  await emulator.faults({
    operation: "AddClientLinks",
    calls: [2],
    kind: "status500",
  })
  await emulator.faults({
    operation: "AddClientLinks",
    calls: [7],
    kind: "malformed",
  })

  await page.getByRole("button", { name: "Send 120 invitations" }).click()
  await expect(summary(page)).toContainText("60 of 120 sent. 60 failed.", {
    timeout: 120_000,
  })
  const failedFilter = page
    .getByRole("group", { name: "Show rows" })
    .getByRole("button", { name: /Failed 60/ })
  await failedFilter.click()
  const table = page.getByRole("table", { name: "Invitation rows" })
  await expect(
    table.getByText(/No answer from Linkdesk: check your connection/).first(),
  ).toBeVisible()
  await expect(table.getByText(/Failed · retryable/).first()).toBeVisible()

  const first = await addCalls(request)
  expect(first.map((c) => c.fault).filter(Boolean)).toHaveLength(2)
  // The lost slice never reached the service.
  const reached = new Set(first.flatMap((c) => c.clientEntities ?? []))
  expect(accounts.slice(40, 80).some((a) => reached.has(a.id))).toBe(false)

  await page.getByRole("button", { name: "Retry failed rows (60)" }).click()
  await expect(summary(page)).toContainText("120 of 120 sent.", {
    timeout: 120_000,
  })
  // 3 slices, then the 60 failed rows in 2 slices.
  expect(posts).toBe(5)

  // The 10 rows of the garbled call were written the first time: the retry met 1410
  // "already invited" and counts them as sent, with a note. Nothing else was resent.
  await page
    .getByRole("group", { name: "Show rows" })
    .getByRole("button", { name: /Sent 120/ })
    .click()
  let noted = 0
  const next = page
    .getByRole("navigation", { name: "Row pages" })
    .getByRole("button", { name: "Next" })
  for (;;) {
    await expect(table.getByRole("row")).not.toHaveCount(1)
    noted += await table.getByText(/Sent by an earlier attempt/).count()
    if (await next.isDisabled()) break
    await next.click()
  }
  expect(noted).toBe(10)
  const calls = await addCalls(request)
  const applied = appliedCounts(calls)
  const twice = accounts.filter((a) => applied.get(a.id) === 2)
  expect(twice).toHaveLength(10)
  expect(accounts.every((a) => (applied.get(a.id) ?? 0) >= 1)).toBe(true)
  expect(accounts.every((a) => (applied.get(a.id) ?? 0) <= 2)).toBe(true)
  const resent = calls
    .slice(first.length)
    .flatMap((c) => c.clientEntities ?? [])
  expect(resent).toHaveLength(60)
})
