import { z } from "zod"

import {
  type AddRuleOptions,
  type ClientLinkInput,
  DEFAULT_ADD_RULE_OPTIONS,
  makeAddClientLinkSchema,
} from "@/lib/client-links/rules/add"

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
      issues.push({
        index,
        field: (typeof field === "string" ? field : "Type") as FormField,
        message: issue.message,
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
  return inviteFormValuesSchema.superRefine((form, ctx) => {
    for (const issue of checkRows(form.rows, options).issues)
      ctx.addIssue({
        code: "custom",
        path: ["rows", issue.index, issue.field],
        message: issue.message,
      })
  })
}
