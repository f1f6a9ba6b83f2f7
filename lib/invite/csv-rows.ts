import { toCsv } from "@/lib/csv"

import type { FormField, FormRow } from "./form-row"

/** Template and import columns: the API member names, in the order people fill them. */
export const CSV_COLUMNS = [
  "Type",
  "ClientEntityId",
  "ClientEntityNumber",
  "ClientEntityCustomerNumber",
  "ManagingCustomerId",
  "ManagingCustomerNumber",
  "Name",
  "Note",
  "InviterEmail",
  "InviterName",
  "InviterPhone",
  "IsBillToClient",
  "CustomerLinkPermission",
  "StartDate",
  "SuppressNotification",
] as const satisfies readonly FormField[]

/** Extra columns on exported failed rows; ignored when the file is imported again. */
export const OUTCOME_COLUMNS = ["ErrorCode", "ErrorMessage", "TrackingId"]

/** Rows as CSV with the API member names as the header (formula-guarded for spreadsheets). */
export function rowsToCsv(
  rows: FormRow[],
  outcome?: (row: FormRow) => [string, string, string],
): string {
  const header: string[] = [...CSV_COLUMNS]
  if (outcome) header.push(...OUTCOME_COLUMNS)
  return toCsv([
    header,
    ...rows.map((row) => [
      ...CSV_COLUMNS.map((c) =>
        c === "SuppressNotification" ? String(row[c]) : row[c],
      ),
      ...(outcome ? outcome(row) : []),
    ]),
  ])
}

/** The downloadable template: the header and one example of each link type. */
export function templateCsv(): string {
  return toCsv([
    [...CSV_COLUMNS],
    [
      "AccountLink",
      "",
      "F1234567",
      "",
      "",
      "",
      "Acme spring",
      "",
      "",
      "",
      "",
      "false",
      "",
      "",
      "false",
    ],
    [
      "CustomerLink",
      "",
      "C7654321",
      "",
      "",
      "",
      "Acme group",
      "",
      "",
      "",
      "",
      "",
      "Standard",
      "",
      "false",
    ],
  ])
}
