import * as z from "zod/mini"

import {
  type AddRuleOptions,
  type ClientLinkInput,
  DEFAULT_ADD_RULE_OPTIONS,
  makeAddClientLinkSchema,
} from "@/lib/link-rules/add"

import {
  type FormField,
  formRowSchema,
  type FormRow,
  identityKey,
  toLinkCandidate,
} from "./form-row"

export const inviteFormValuesSchema = z.object({ rows: z.array(formRowSchema) })
export type InviteFormValues = z.infer<typeof inviteFormValuesSchema>

export interface RowIssue {
  index: number
  field: FormField
  message: string
}

export interface Duplicate {
  index: number
  /** The earlier row inviting the same client. */
  firstIndex: number
  field: FormField
}

/** Later rows that invite the same client from the same manager as an earlier row. */
export function findDuplicates(rows: FormRow[]): Duplicate[] {
  const seen = new Map<string, number>()
  const out: Duplicate[] = []
  rows.forEach((row, index) => {
    const key = identityKey(row)
    if (!key) return
    const firstIndex = seen.get(key)
    if (firstIndex === undefined) seen.set(key, index)
    else
      out.push({
        index,
        firstIndex,
        field: row.ClientEntityId.trim()
          ? "ClientEntityId"
          : "ClientEntityNumber",
      })
  })
  return out
}

const FORMAT_SENTENCES: Readonly<Record<string, string>> = {
  Type: "Choose an account link or a customer link.",
  ClientEntityId:
    "Enter the client's id as a number of up to 19 digits, e.g. 151004583.",
  ManagingCustomerId:
    "Enter the manager customer id as a number of up to 19 digits.",
  IsBillToClient: "Choose who pays: the client or the agency.",
  CustomerLinkPermission: "Choose Administrative or Standard access.",
  StartDate: "Enter the start date as a date, e.g. 2026-07-01.",
  SuppressNotification: "Choose whether to notify the client: true or false.",
}

/** The full sentence for a value of the wrong form (not a number, not a date, …). */
export const formatSentence = (field: string) =>
  FORMAT_SENTENCES[field] ??
  `The value for ${field} is not in a form Microsoft Advertising accepts.`

export const duplicateMessage = (d: Duplicate) =>
  `Row ${d.firstIndex + 1} already invites this client. Remove one of them.`

/**
 * Every row through the shared AddClientLinks rules, plus the batch rule (no client twice).
 * `links[i]` is the link to send for a valid row and null for a row that needs fixing.
 */
export function checkRows(
  rows: FormRow[],
  options: AddRuleOptions = DEFAULT_ADD_RULE_OPTIONS,
): { links: (ClientLinkInput | null)[]; issues: RowIssue[] } {
  const schema = makeAddClientLinkSchema(options)
  const issues: RowIssue[] = []
  const links = rows.map((row, index) => {
    const parsed = schema.safeParse(toLinkCandidate(row))
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      const name = typeof field === "string" ? field : "Type"
      issues.push({
        index,
        field: name as FormField,
        // Our rules speak in sentences; a wire type check (zod's own wording) does not.
        message: issue.code === "custom" ? issue.message : formatSentence(name),
      })
    }
    return null
  })
  for (const d of findDuplicates(rows)) {
    links[d.index] = null
    issues.push({
      index: d.index,
      field: d.field,
      message: duplicateMessage(d),
    })
  }
  return { links, issues }
}

/** The form's resolver schema: field errors land on `rows.<i>.<Member>`. */
export function makeInviteFormSchema(
  options: AddRuleOptions = DEFAULT_ADD_RULE_OPTIONS,
) {
  return inviteFormValuesSchema.check(
    z.superRefine((form, ctx) => {
      for (const issue of checkRows(form.rows, options).issues)
        ctx.addIssue({
          code: "custom",
          path: ["rows", issue.index, issue.field],
          message: issue.message,
        })
    }),
  )
}
