import { unguardFormula } from "@/lib/csv"
import { parseCsvRecords } from "@/lib/csv-read"

import { CSV_COLUMNS, OUTCOME_COLUMNS } from "./csv-rows"
import { emptyRow, type FormRow, type RowDefaults } from "./form-row"

/**
 * Rows from an imported CSV. Apart from ./csv-rows (columns, export, template) because it
 * pulls in the CSV parser, which the invite page loads only when a file or text is imported.
 */

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
