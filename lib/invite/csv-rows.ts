import { parseCsvRecords, toCsv, unguardFormula } from "@/lib/csv"

import {
  emptyRow,
  type FormField,
  type FormRow,
  type RowDefaults,
} from "./form-row"

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

const TRUE = new Set(["true", "yes", "y", "1"])
const FALSE = new Set(["false", "no", "n", "0"])

/** Spreadsheet spellings of a boolean to "true"/"false"; anything else kept for the rules to refuse. */
function boolText(v: string): string {
  const t = v.trim().toLowerCase()
  if (TRUE.has(t)) return "true"
  if (FALSE.has(t)) return "false"
  return v.trim()
}

/** A full ISO date-time is kept as its date: the form edits dates, the API needs no time. */
const dateText = (v: string) =>
  /^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(v.trim()) ? v.trim().slice(0, 10) : v

export interface CsvImport {
  rows: FormRow[]
  /** Header cells that are not API member names. */
  ignoredColumns: string[]
}

/** Rows from CSV text. Blank cells take the new-row defaults (inviter, manager). */
export function rowsFromCsv(text: string, defaults: RowDefaults): CsvImport {
  const { header, records } = parseCsvRecords(text)
  const byLower = new Map(CSV_COLUMNS.map((c) => [c.toLowerCase(), c]))
  const known = header.filter((h) => byLower.has(h.toLowerCase()))
  const ignoredColumns = header.filter(
    (h) =>
      h !== "" && !byLower.has(h.toLowerCase()) && !OUTCOME_COLUMNS.includes(h),
  )
  const rows = records.map((record) => {
    const row = emptyRow(defaults)
    // A manager given in the file replaces the default one (id or number, never both).
    if (
      known.some(
        (h) =>
          h.toLowerCase().startsWith("managingcustomer") && record[h]?.trim(),
      )
    )
      row.ManagingCustomerId = ""
    for (const h of known) {
      const column = byLower.get(h.toLowerCase())
      const raw = unguardFormula(record[h] ?? "")
      if (!column || (raw.trim() === "" && column.startsWith("Inviter")))
        continue
      if (column === "SuppressNotification")
        row.SuppressNotification = boolText(raw) === "true"
      else if (column === "IsBillToClient") row.IsBillToClient = boolText(raw)
      else if (column === "StartDate") row.StartDate = dateText(raw)
      else if (column === "Type") row.Type = raw.trim() || "AccountLink"
      else if (raw.trim() !== "" || !column.startsWith("ManagingCustomer"))
        row[column] = column === "Name" ? raw : raw.trim()
    }
    return row
  })
  return { rows, ignoredColumns }
}

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
