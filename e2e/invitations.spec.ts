import type { Page } from "@playwright/test"

import type { GridRow } from "@/lib/contract/grid"

import { expect, test } from "./fixtures"
import { e2eBaseURL } from "./support/env"
import {
  AGENCY_ADMIN,
  apiRows,
  CLIENT_ADMIN,
  gridReady,
  statusesShown,
} from "./support/grid"

const keyOf = (r: GridRow) => ({
  Type: r.type,
  ClientEntityId: r.clientId,
  ManagingCustomerId: r.managerId,
})
/** A write to our own route, as the browser would send it (same Origin). */
const post = (page: Page, path: string, data: unknown) =>
  page.request.post(path, { data, headers: { Origin: e2eBaseURL } })

/** A link's status as our API reports it now. */
async function statusOf(page: Page, r: GridRow) {
  const filter = r.type === "AccountLink" ? "accounts" : "customers"
  const data = await apiRows(page, `view=all&${filter}=${r.clientId}`)
  return data.rows.find((x) => x.key === r.key)?.status
}

test.describe("Invitations for you (client)", () => {
  test("bulk accept: two update, the refused one shows its error, retrying it alone works", async ({
    page,
    browser,
    signInAs,
    emulator,
  }) => {
    void emulator
    const agency = await (await browser.newContext()).newPage()
    await signInAs(agency, AGENCY_ADMIN)
    // Compiles the status route (dev server) with a harmless refused write.
    await post(agency, "/api/client-links/status", {
      action: "cancel",
      links: [
        {
          Type: "AccountLink",
          ClientEntityId: "1000",
          ManagingCustomerId: "1000",
        },
      ],
    })

    await signInAs(page, CLIENT_ADMIN)
    await page.goto("/invitations?view=all")
    await gridReady(page)
    const pending = (await apiRows(page, "view=pending")).rows.filter(
      (r) => r.type === "AccountLink",
    )
    const [a, b, c, d] = pending
    if (!a || !b || !c || !d) throw new Error("need four pending invitations")
    for (const r of [a, b, c])
      await page
        .getByRole("checkbox", { name: `Select ${r.clientName}` })
        .check()

    // The agency withdraws c meanwhile: the client's accept of it is refused.
    const cancel = await post(agency, "/api/client-links/status", {
      action: "cancel",
      links: [keyOf(c)],
    })
    expect(cancel.ok()).toBe(true)

    const bulk = page.getByRole("region", { name: "Actions on selected rows" })
    await bulk.getByRole("button", { name: "Accept 3" }).click()
    await expect(page.getByText(/2 of 3 accepted; 1 failed/)).toBeVisible()
    for (const r of [a, b])
      await expect
        .poll(() => statusOf(page, r))
        .toMatch(/^Link(Accepted|InProgress)$/)
    await expect(
      page.getByText(/This link cannot be changed to that status now\./),
    ).toBeVisible()
    await expect(page.getByText(/code 3083/)).toBeVisible()
    await expect(
      page.getByRole("checkbox", { name: `Select ${c.clientName}` }),
    ).toBeChecked()
    await expect(
      page.getByRole("checkbox", { name: `Select ${a.clientName}` }),
    ).not.toBeChecked()

    // Remove the cause: the agency invites the account again, then retry only c.
    const invite = await post(agency, "/api/client-links/invite", {
      links: [
        {
          Type: "AccountLink",
          ClientEntityId: c.clientId,
          ManagingCustomerId: c.managerId,
          IsBillToClient: c.isBillToClient ?? false,
        },
      ],
    })
    expect(invite.ok()).toBe(true)
    await emulator.clearRequests()
    await bulk.getByRole("button", { name: "Retry failed (1)" }).click()
    await expect(page.getByText("1 of 1 accepted.")).toBeVisible()
    await expect
      .poll(() => statusOf(page, c))
      .toMatch(/^Link(Accepted|InProgress)$/)
    const updates = (await emulator.requests()).filter(
      (x) => x.operation === "UpdateClientLinks",
    )
    expect(updates).toHaveLength(1)

    // And decline one.
    await page
      .getByRole("button", { name: `Decline for ${d.clientName}` })
      .first()
      .click()
    await expect(page.getByText("1 of 1 declined.")).toBeVisible()
    await expect.poll(() => statusOf(page, d)).toBe("LinkDeclined")
  })

  test("a client never sees agency actions, and the API refuses them", async ({
    page,
    signInAs,
    emulator,
  }) => {
    void emulator
    await signInAs(page, CLIENT_ADMIN)
    await page.goto("/invitations?view=all")
    await gridReady(page)
    expect((await statusesShown(page)).length).toBeGreaterThan(0)
    await expect(
      page.getByRole("button", { name: /^Accept for / }).first(),
    ).toBeVisible()
    await expect(
      page.getByRole("button", { name: /^(Cancel invitation|Unlink) for / }),
    ).toHaveCount(0)
    await expect(page.getByRole("link", { name: /^Re-invite / })).toHaveCount(0)

    const { rows } = await apiRows(page, "view=all")
    for (const [action, status] of [
      ["cancel", "LinkPending"],
      ["unlink", "Active"],
    ] as const) {
      const row = rows.find((r) => r.status === status)
      if (!row) throw new Error(`no ${status} link`)
      const res = await post(page, "/api/client-links/status", {
        action,
        links: [keyOf(row)],
      })
      if (res.status() === 200) {
        const body = (await res.json()) as { results: { ok: boolean }[] }
        expect(body.results[0]?.ok).toBe(false)
      } else expect(res.status()).toBe(403)
      expect(await statusOf(page, row)).toBe(status)
    }
  })
})
