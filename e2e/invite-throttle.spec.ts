import { expect, test } from "./fixtures"
import {
  addCalls,
  appliedCounts,
  importAccounts,
  seedPlan,
  summary,
} from "./support/invite"

// Microsoft asks for a wait longer than one request may take (docs/throttling.md): the
// route answers at once with the rows not sent, the page counts down and resumes by itself,
// and every row is written exactly once. The page's clock is driven; nothing sleeps.

test("a long Retry-After: the page shows the wait, resumes by itself, and sends each row once", async ({
  page,
  signInAs,
  emulator,
  request,
}) => {
  const plan = await seedPlan(request)
  const accounts = plan.freeAccounts.slice(430, 460)
  await page.clock.install()
  await signInAs(page, "admin@contoso.example")
  await page.goto("/invite")
  await importAccounts(page, accounts, "Throttle")
  await emulator.clearRequests()
  // The second chunk of 10 is told to wait 45 s: past the 20 s budget of one request.
  await emulator.faults({
    operation: "AddClientLinks",
    calls: [2],
    kind: "throttle",
    retryAfterSeconds: 45,
  })

  await page.getByRole("button", { name: "Send 30 invitations" }).click()
  const progress = page.getByRole("status", { name: "Send progress" })
  await expect(progress).toContainText(
    /Microsoft asked us to wait; resuming in \d+ s \(\d+ rows? not sent yet\)/,
  )
  const waiting = await addCalls(request)
  expect(waiting.some((c) => c.status === 429)).toBe(true)

  await page.clock.fastForward("01:00")
  await expect(summary(page)).toContainText("30 of 30 sent.")

  const applied = appliedCounts(await addCalls(request))
  expect(accounts.map((a) => applied.get(a.id) ?? 0)).toEqual(
    accounts.map(() => 1),
  )
})
