import type { APIRequestContext, Page } from "@playwright/test"

import { e2eBaseURL } from "./env"
import { EmulatorApi, type EmulatorRequest } from "../fixtures"
import type { SeedPlan } from "./emulator"

export const seedPlan = (request: APIRequestContext): Promise<SeedPlan> =>
  new EmulatorApi(request).plan()

/** AddClientLinks calls the emulator answered, oldest first. */
export async function addCalls(
  request: APIRequestContext,
): Promise<EmulatorRequest[]> {
  const requests = await new EmulatorApi(request).requests()
  return requests.filter((r) => r.operation === "AddClientLinks")
}

/** How often each client entity reached the emulator in a call that was applied. */
export function appliedCounts(calls: EmulatorRequest[]): Map<string, number> {
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

/** Imports one row per account, named `${name} 1`, `${name} 2`, … from `${name}.csv`. */
export const importAccounts = (
  page: Page,
  accounts: { id: string }[],
  name: string,
) =>
  importCsv(
    page,
    accounts.map((a, i) =>
      csvLine({ ClientEntityId: a.id, Name: `${name} ${i + 1}` }),
    ),
    `${name.toLowerCase()}.csv`,
  )

/** Our invite route, called directly with the page's session (the browser bypassed). */
export const postInvite = (page: Page, links: unknown[]) =>
  page.request.post("/api/client-links/invite", {
    data: { links },
    headers: { Origin: e2eBaseURL },
  })

/** The live region's summary once a send has finished. */
export const summary = (page: Page) =>
  page.getByRole("status").filter({ hasText: /sent\./ })
