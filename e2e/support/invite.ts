import { expect, type APIRequestContext, type Page } from "@playwright/test"

import { e2eBaseURL } from "./env"
import { e2eEmulatorURL } from "./emulator"

/** Accounts of the emulator's seed with a known outcome (GET /_emulator/plan). */
export interface PlanAccount {
  id: string
  number: string
  ownerCustomerNumber: string
}
export interface SeedPlan {
  agencyCustomer: { id: string; number: string }
  clientCustomer: { id: string; number: string }
  freeAccounts: PlanAccount[]
  managedByOtherAgencyAccounts: PlanAccount[]
  prepaidAccounts: PlanAccount[]
}

export async function seedPlan(request: APIRequestContext): Promise<SeedPlan> {
  const res = await request.get(`${e2eEmulatorURL}/_emulator/plan`)
  expect(res.ok()).toBe(true)
  return (await res.json()) as SeedPlan
}

export interface LoggedCall {
  operation: string
  status: number
  fault: string | null
  clientEntities?: string[]
}

/** AddClientLinks calls the emulator answered, oldest first. */
export async function addCalls(
  request: APIRequestContext,
): Promise<LoggedCall[]> {
  const res = await request.get(`${e2eEmulatorURL}/_emulator/requests`)
  const { requests } = (await res.json()) as { requests: LoggedCall[] }
  return requests.filter((r) => r.operation === "AddClientLinks")
}

/** How often each client entity reached the emulator in a call that was applied. */
export function appliedCounts(calls: LoggedCall[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const call of calls)
    if (call.status === 200)
      for (const id of call.clientEntities ?? [])
        counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

/** The header the template uses, and one CSV line per row (values have no commas). */
export const CSV_HEADER =
  "Type,ClientEntityId,ClientEntityNumber,Name,Note,InviterEmail,IsBillToClient"
export const csvLine = (r: {
  Type?: string
  ClientEntityId?: string
  ClientEntityNumber?: string
  Name?: string
  InviterEmail?: string
  IsBillToClient?: string
}) =>
  [
    r.Type ?? "AccountLink",
    r.ClientEntityId ?? "",
    r.ClientEntityNumber ?? "",
    r.Name ?? "",
    "",
    r.InviterEmail ?? "",
    r.IsBillToClient ?? "false",
  ].join(",")

/** Uploads CSV text through the form's file input, as a person choosing a file would. */
export async function importCsv(page: Page, lines: string[], name: string) {
  await page.getByLabel("CSV file to import").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from([CSV_HEADER, ...lines].join("\r\n")),
  })
}

/** Our invite route, called directly with the page's session (the browser bypassed). */
export const postInvite = (page: Page, links: unknown[]) =>
  page.request.post("/api/client-links/invite", {
    data: { links },
    headers: { Origin: e2eBaseURL },
  })

/** The live region's summary once a send has finished. */
export const summary = (page: Page) =>
  page.getByRole("status").filter({ hasText: /sent\./ })
