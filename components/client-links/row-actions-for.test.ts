import { describe, expect, it } from "vitest"

import type { GridRow } from "@/lib/contract/grid"
import { checkRows } from "@/lib/invite/form-schema"
import { rowFromSearchParams } from "@/lib/invite/prefill"

import { reinviteHref } from "./row-actions-for"

const agency = {
  actor: "agency" as const,
  permissions: {
    inviteAccountLinks: true,
    inviteCustomerLinks: true,
    respond: false,
    cancelOrUnlink: true,
  },
}
const defaults = {
  ManagingCustomerId: "9000",
  InviterEmail: "am@agency.test",
  InviterName: "Ann Manager",
  InviterPhone: "",
}

const ended = (over: Partial<GridRow>): GridRow => ({
  key: "k",
  type: "AccountLink",
  clientId: "100001",
  clientNumber: "X000001",
  clientName: "Client 1",
  clientCustomerNumber: "C0001",
  managerId: "9000",
  managerNumber: "M9000",
  managerName: "Agency",
  status: "LinkCanceled",
  name: "Spring",
  note: null,
  inviterName: "Ann Manager",
  inviterEmail: "am@agency.test",
  isBillToClient: true,
  startDate: null,
  lastModified: null,
  lastModifiedBy: null,
  modifiedBy: null,
  expiresAt: null,
  daysLeft: null,
  scheduled: false,
  stuck: false,
  ...over,
})

/** The form row the invite page builds from the link, checked as the form checks it. */
function violationsOf(row: GridRow) {
  const href = reinviteHref(row, agency)
  if (!href) throw new Error("no re-invite link")
  const query = Object.fromEntries(new URL(href, "http://x").searchParams)
  const formRow = rowFromSearchParams(query, defaults)
  if (!formRow) throw new Error("no prefilled row")
  return checkRows([formRow]).issues
}

describe("reinviteHref", () => {
  it("prefills an account link the shared rules accept as it is", () => {
    expect(violationsOf(ended({}))).toEqual([])
  })

  it("prefills a customer link the shared rules accept as it is", () => {
    expect(
      violationsOf(
        ended({ type: "CustomerLink", clientId: "5555", isBillToClient: null }),
      ),
    ).toEqual([])
  })

  it("offers nothing for a link that has not ended", () => {
    expect(reinviteHref(ended({ status: "Active" }), agency)).toBeNull()
  })
})
