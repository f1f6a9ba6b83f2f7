import * as z from "zod/mini"

import type { ClientLinkInput } from "@/lib/link-rules/add"

/**
 * One invitation as the form holds it: every member as the text a person typed, under
 * its API member name, so form errors, CSV columns and the route's `fields` paths all
 * use the same names. `key` is ours: it follows the row through sends, drafts and reloads.
 */
export const formRowSchema = z.object({
  key: z.string(),
  Type: z.string(),
  ClientEntityId: z.string(),
  ClientEntityNumber: z.string(),
  ClientEntityCustomerNumber: z.string(),
  ManagingCustomerId: z.string(),
  ManagingCustomerNumber: z.string(),
  Name: z.string(),
  Note: z.string(),
  InviterEmail: z.string(),
  InviterName: z.string(),
  InviterPhone: z.string(),
  /** "true" (client pays), "false" (agency pays) or "" (not chosen). */
  IsBillToClient: z.string(),
  CustomerLinkPermission: z.string(),
  /** yyyy-mm-dd from a date input, or "" for "as soon as accepted". */
  StartDate: z.string(),
  SuppressNotification: z.boolean(),
})
export type FormRow = z.infer<typeof formRowSchema>
export type FormField = Exclude<keyof FormRow, "key">

/** What a new row starts with: the signed-in user as inviter, the acting customer as manager. */
export interface RowDefaults {
  ManagingCustomerId: string
  InviterEmail: string
  InviterName: string
  InviterPhone: string
}

let counter = 0
export const newRowKey = () =>
  `r${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`

export function emptyRow(defaults: RowDefaults, key = newRowKey()): FormRow {
  return {
    key,
    Type: "AccountLink",
    ClientEntityId: "",
    ClientEntityNumber: "",
    ClientEntityCustomerNumber: "",
    ManagingCustomerNumber: "",
    Name: "",
    Note: "",
    IsBillToClient: "",
    CustomerLinkPermission: "",
    StartDate: "",
    SuppressNotification: false,
    ...defaults,
  }
}

/** True when the row holds nothing beyond what a new row starts with. */
export function isBlankRow(row: FormRow, defaults: RowDefaults): boolean {
  const blank = emptyRow(defaults, row.key)
  return (Object.keys(blank) as (keyof FormRow)[]).every(
    (k) => blank[k] === row[k],
  )
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** A link before the shared rules have read it: values as typed, members as in the API. */
export type LinkCandidate = Partial<
  Record<keyof ClientLinkInput, string | boolean | null>
>

const bool = (v: string): boolean | string | null => {
  if (v === "true") return true
  if (v === "false") return false
  return v.trim() === "" ? null : v
}

/**
 * The row as an AddClientLinks link. Members the chosen Type does not use are left out,
 * as the form hides them; everything else goes through unchanged so the shared rules
 * (and not this function) decide what is valid.
 */
export function toLinkCandidate(row: FormRow): LinkCandidate {
  const customer = row.Type === "CustomerLink"
  const text = (v: string) => (v.trim() === "" ? null : v.trim())
  return {
    Type: text(row.Type) ?? "AccountLink",
    ClientEntityId: text(row.ClientEntityId),
    ClientEntityNumber: text(row.ClientEntityNumber),
    ClientEntityCustomerNumber: customer
      ? null
      : text(row.ClientEntityCustomerNumber),
    ManagingCustomerId: text(row.ManagingCustomerId),
    ManagingCustomerNumber: text(row.ManagingCustomerNumber),
    Name: row.Name === "" ? null : row.Name,
    Note: text(row.Note),
    InviterEmail: text(row.InviterEmail),
    InviterName: text(row.InviterName),
    InviterPhone: text(row.InviterPhone),
    IsBillToClient: customer ? null : bool(row.IsBillToClient),
    CustomerLinkPermission: customer ? text(row.CustomerLinkPermission) : null,
    StartDate: DATE_ONLY.test(row.StartDate)
      ? `${row.StartDate}T00:00:00Z`
      : text(row.StartDate),
    SuppressNotification: row.SuppressNotification,
  }
}

/** The pair the service refuses to invite twice: link type, client and manager. */
export function identityKey(row: FormRow): string | null {
  const client = row.ClientEntityId.trim()
    ? `id:${row.ClientEntityId.trim()}`
    : row.ClientEntityNumber.trim()
      ? `no:${row.ClientEntityNumber.trim().toLowerCase()}`
      : null
  if (!client) return null
  const manager = row.ManagingCustomerId.trim()
    ? `id:${row.ManagingCustomerId.trim()}`
    : `no:${row.ManagingCustomerNumber.trim().toLowerCase()}`
  return `${row.Type || "AccountLink"}|${client}|${manager}`
}
