import { emptyRow, type FormRow, type RowDefaults } from "./form-row"

/**
 * Query parameters a link elsewhere may set (the grid's "Re-invite"), named as the API
 * members: `/invite?Type=AccountLink&ClientEntityId=…&IsBillToClient=true&Name=…`.
 */
export const PREFILL_PARAMS = [
  "Type",
  "ClientEntityId",
  "ClientEntityNumber",
  "ClientEntityCustomerNumber",
  "IsBillToClient",
  "CustomerLinkPermission",
  "Name",
  "Note",
] as const

export type SearchParams = Record<string, string | string[] | undefined>

const first = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.trim() ?? ""

/** A row from the query, or null when the query names no client. */
export function rowFromSearchParams(
  params: SearchParams,
  defaults: RowDefaults,
): FormRow | null {
  const row = emptyRow(defaults)
  let any = false
  for (const name of PREFILL_PARAMS) {
    const value = first(params[name])
    if (!value) continue
    any = true
    if (name === "IsBillToClient")
      row.IsBillToClient = value.toLowerCase() === "true" ? "true" : "false"
    else row[name] = value
  }
  if (row.Type === "CustomerLink") row.IsBillToClient = ""
  return any && (row.ClientEntityId || row.ClientEntityNumber) ? row : null
}
