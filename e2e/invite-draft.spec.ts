import { expect, test } from "./fixtures"

// The draft lives in localStorage per user and customer: a reload (or an expired sign-in
// and the trip through /signin) brings every row back; it goes once sent or discarded.

test.beforeEach(async ({ page, signInAs, emulator }) => {
  await emulator.clearRequests()
  await signInAs(page, "admin@contoso.example")
  await page.goto("/invite")
  await expect(
    page.getByRole("heading", { name: "Invite clients" }),
  ).toBeVisible()
})

test("nothing is lost: the draft comes back after a reload, until it is sent", async ({
  page,
}) => {
  await page.getByLabel("Client account ID").fill("123456")
  await page.getByLabel("Link name").fill("Half done")
  await page.getByRole("radio", { name: /Client pays/ }).check()
  await page.waitForTimeout(600) // the draft is saved after a short pause in typing
  await page.reload()
  await expect(page.getByText("Draft restored.")).toBeVisible()
  await expect(page.getByLabel("Client account ID")).toHaveValue("123456")
  await expect(page.getByLabel("Link name")).toHaveValue("Half done")
  await expect(page.getByRole("radio", { name: /Client pays/ })).toBeChecked()
  await page.getByRole("button", { name: "Start over" }).click()
  await page.reload()
  await expect(page.getByLabel("Client account ID")).toHaveValue("")
  await expect(page.getByText("Draft restored.")).toHaveCount(0)
})

test("discarding asks first, then empties the form and the draft", async ({
  page,
}) => {
  await page.getByLabel("Link name").fill("Throw away")
  await page.getByRole("button", { name: "Discard draft" }).click()
  await page.getByRole("button", { name: "Keep the draft" }).click()
  await expect(page.getByLabel("Link name")).toHaveValue("Throw away")
  await page.getByRole("button", { name: "Discard draft" }).click()
  await page.getByRole("button", { name: "Discard", exact: true }).click()
  await expect(page.getByLabel("Link name")).toHaveValue("")
  await page.reload()
  await expect(page.getByLabel("Link name")).toHaveValue("")
})
