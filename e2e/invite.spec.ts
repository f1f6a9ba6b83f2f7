import type { Locator, Page } from "@playwright/test"

import { expect, test } from "./fixtures"
import { addCalls, postInvite, seedPlan, summary } from "./support/invite"
import { tabTo } from "./support/keyboard"

// One invitation at a time, by mouse and by keyboard; every rule refused twice:
// in the browser before anything is sent, and by the route when the browser is bypassed.

test.beforeEach(async ({ page, signInAs, emulator }) => {
  await emulator.clearRequests()
  await signInAs(page, "admin@contoso.example")
  await page.goto("/invite")
  await expect(
    page.getByRole("heading", { name: "Invite clients" }),
  ).toBeVisible()
})

const tomorrowUtc = () =>
  new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)

async function pendingLink(page: Page, id: string) {
  const res = await page.request.get(
    `/api/client-links?view=pending&accounts=${id}&customers=${id}`,
  )
  expect(res.ok()).toBe(true)
  const { rows } = (await res.json()) as { rows: Record<string, unknown>[] }
  return rows.find((r) => r.clientId === id)
}

test("a single account-link invitation with every field", async ({
  page,
  request,
}) => {
  const account = (await seedPlan(request)).freeAccounts[0]!
  await page.getByRole("radio", { name: /Account link/ }).check()
  await page.getByLabel("Client account ID").fill(account.id)
  await page
    .getByLabel("Number of the customer that owns the account")
    .fill(account.ownerCustomerNumber)
  await expect(page.getByLabel("Managed by")).toHaveValue(/\d+/)
  await page.getByRole("radio", { name: /Agency pays/ }).check()
  await expect(
    page.getByText(
      "Your agency takes over billing of this account from the start date.",
    ),
  ).toBeVisible()
  await page.getByLabel("Link name").fill("Spring launch")
  await expect(page.getByText("13/40")).toBeVisible()
  await page.getByLabel("Note to the client").fill("Welcome aboard")
  await page.getByRole("textbox", { name: /^Start date/ }).fill(tomorrowUtc())
  await page.getByRole("checkbox", { name: "Don't email the client" }).check()
  await expect(page.getByLabel("Inviter email")).toHaveValue(
    "admin@contoso.example",
  )
  await page.getByLabel("Inviter name").fill("Adele at Contoso")
  await page.getByLabel("Inviter email").fill("adele@contoso.example")
  await page.getByLabel("Inviter phone").fill("+1 425 555 0199")
  await page.getByRole("button", { name: "Send 1 invitation" }).click()

  await expect(summary(page)).toContainText("1 of 1 sent.")
  await expect(page.getByText("Sent", { exact: true })).toBeVisible()
  await expect(
    page.getByRole("link", { name: "View pending invitations" }),
  ).toHaveAttribute("href", "/links?view=pending")
  const calls = await addCalls(request)
  expect(calls.flatMap((c) => c.clientEntities ?? [])).toEqual([account.id])
  expect(await pendingLink(page, account.id)).toMatchObject({
    status: "LinkPending",
    name: "Spring launch",
    note: "Welcome aboard",
    isBillToClient: false,
    inviterEmail: "adele@contoso.example",
  })
})

test("a customer-link invitation", async ({ page, request }) => {
  // The owner of a free account: a client customer nobody has invited yet.
  const owner = (await seedPlan(request)).freeAccounts[60]!.ownerCustomerNumber
  await page.getByRole("radio", { name: /Customer link/ }).check()
  await expect(page.getByRole("radio", { name: /Agency pays/ })).toHaveCount(0)
  await page.getByLabel("Client customer number").fill(owner)
  await page.getByLabel("Permission level").selectOption("Standard")
  await page.getByLabel("Link name").fill("Northwind group")
  await page.getByRole("button", { name: "Send 1 invitation" }).click()
  await expect(summary(page)).toContainText("1 of 1 sent.")
  expect(
    (await addCalls(request)).flatMap((c) => c.clientEntities ?? []),
  ).toEqual([owner])
})

test("each field rule is refused in the browser, and nothing is sent", async ({
  page,
  request,
}) => {
  const posts: string[] = []
  page.on(
    "request",
    (r) => r.url().includes("/api/client-links/invite") && posts.push(r.url()),
  )
  const id = page.getByLabel("Client account ID")
  const expectError = async (field: Locator, message: string) => {
    await expect(page.getByText(message)).toBeVisible()
    await expect(field).toHaveAttribute("aria-invalid", "true")
    await expect(field).toHaveAccessibleDescription(
      new RegExp(message.replace(/[.()]/g, "\\$&")),
    )
  }

  await page.getByRole("button", { name: "Send 1 invitation" }).click()
  await expectError(id, "Enter the client account id or number.")
  await expect(id).toBeFocused()
  await expect(
    page.getByText("Choose who pays for this account."),
  ).toBeVisible()
  await expect(
    page.getByRole("radiogroup", { name: "Who pays" }),
  ).toHaveAttribute("aria-invalid", "true")

  await id.fill("12ab")
  await id.blur()
  await expectError(
    id,
    "Enter the client's id as a number of up to 19 digits, e.g. 151004583.",
  )
  await id.fill("123")
  await page.getByLabel("or client account number").fill("F123")
  await page.getByLabel("or client account number").blur()
  await expectError(id, "Give the client account id or its number, not both.")

  const name = page.getByLabel("Link name")
  await name.fill("x".repeat(41))
  await name.blur()
  await expectError(name, "Use at most 40 characters (now 41).")
  await expect(page.getByText("41/40")).toBeVisible()

  const email = page.getByLabel("Inviter email")
  await email.fill("not-an-email")
  await email.blur()
  await expectError(
    email,
    "Enter a valid email address, like name@example.com.",
  )

  const start = page.getByRole("textbox", { name: /^Start date/ })
  await start.fill("2020-01-01")
  await start.blur()
  await expectError(start, "Choose today or a later date.")

  await page.getByRole("radio", { name: /Customer link/ }).check()
  await page.getByLabel("Client customer number").fill("")
  await page.getByRole("button", { name: "Send 1 invitation" }).click()
  await expectError(
    page.getByLabel("Client customer number"),
    "Enter the client customer number.",
  )

  expect(posts).toEqual([])
  expect(await addCalls(request)).toEqual([])
})

test("the invite route refuses the same rules when the browser is bypassed", async ({
  page,
  request,
}) => {
  const plan = await seedPlan(request)
  const base = {
    Type: "AccountLink",
    ClientEntityId: plan.freeAccounts[1]!.id,
    ManagingCustomerId: plan.agencyCustomer.id,
    IsBillToClient: false,
  }
  const res = await postInvite(page, [
    { ...base, Name: "x".repeat(41), IsBillToClient: null },
    { ...base, ClientEntityNumber: plan.freeAccounts[1]!.number },
    { ...base, InviterEmail: "not-an-email" },
    { ...base, StartDate: "2020-01-01T00:00:00Z" },
    { Type: "CustomerLink", ManagingCustomerId: plan.agencyCustomer.id },
    { ...base, ManagingCustomerId: null },
  ])
  expect(res.status()).toBe(400)
  const { error } = (await res.json()) as {
    error: { fields: Record<string, string> }
  }
  expect(error.fields).toMatchObject({
    "links.0.Name": "Use at most 40 characters (now 41).",
    "links.0.IsBillToClient": "Choose who pays for this account.",
    "links.1.ClientEntityId":
      "Give the client account id or its number, not both.",
    "links.2.InviterEmail":
      "Enter a valid email address, like name@example.com.",
    "links.3.StartDate": "Choose today or a later date.",
    "links.4.ClientEntityNumber": "Enter the client customer number.",
    "links.5.ManagingCustomerId": "Enter the managing customer id or number.",
  })
  expect(await addCalls(request)).toEqual([])
})

test("keyboard only: fill and send the whole form without a mouse", async ({
  page,
  request,
}) => {
  const account = (await seedPlan(request)).freeAccounts[2]!
  await tabTo(page, page.getByRole("radio", { name: /Account link/ }))
  await page.keyboard.press("Tab")
  await expect(page.getByLabel("Client account ID")).toBeFocused()
  await page.keyboard.type(account.id)
  await tabTo(page, page.getByRole("radio", { name: /Client pays/ }))
  await page.keyboard.press("ArrowRight")
  await expect(page.getByRole("radio", { name: /Agency pays/ })).toBeChecked()
  await page.keyboard.press("Tab")
  await expect(page.getByLabel("Link name")).toBeFocused()
  await page.keyboard.type("Typed, not clicked")
  await tabTo(
    page,
    page.getByRole("checkbox", { name: "Don't email the client" }),
  )
  await page.keyboard.press("Space")
  await tabTo(page, page.getByRole("button", { name: "Send 1 invitation" }))
  await page.keyboard.press("Enter")
  await expect(summary(page)).toContainText("1 of 1 sent.")
  expect(
    (await addCalls(request)).flatMap((c) => c.clientEntities ?? []),
  ).toEqual([account.id])
})
