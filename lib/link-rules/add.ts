import { z } from "zod"

import type { ErrorName } from "@/lib/ads-api/error-codes"
import { clientLinkSchema } from "@/lib/ads-api/wire"

/**
 * AddClientLinks field rules (docs/emulator-links.md, "Field rules of AddClientLinks"),
 * written once for the app: the invitation form and the route handlers use
 * `addClientLinkSchema`. The emulator has its own reading of the same docs;
 * expected-answers.test.ts holds this one to the service's answers.
 */

export interface Violation {
  /** The ClientLink member at fault (a form field has the same name). */
  field: string
  error: ErrorName
  message: string
}

/** Our documented choices where the docs conflict or announce a future rule (docs/emulator.md). */
export interface AddRuleOptions {
  /** The older rule "both ClientEntityId and ClientEntityNumber fails" for customer links too. */
  rejectIdAndNumberForCustomerLinks: boolean
  /** May 2026: ClientEntityCustomerNumber "will be required" for account links. */
  requireClientEntityCustomerNumber: boolean
  /** A dashboard rule, not the service's: a start date must not be before today (UTC). */
  now?: Date
}

export const DEFAULT_ADD_RULE_OPTIONS: AddRuleOptions = {
  rejectIdAndNumberForCustomerLinks: false,
  requireClientEntityCustomerNumber: false,
}

export const NAME_MAX_LENGTH = 40

/** An empty text box means "not set": the service treats absent and null alike. */
const blanksToNull = (v: unknown) =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          typeof x === "string" && x.trim() === "" ? null : x,
        ]),
      )
    : v

/** One link of an AddClientLinks request: every member optional, absent meaning null. */
export const clientLinkInputSchema = z.preprocess(
  blanksToNull,
  clientLinkSchema.partial(),
)
export type ClientLinkInput = z.output<typeof clientLinkInputSchema>

const EMAIL = z.email()
const present = (v: unknown) => v !== null && v !== undefined

export function checkAddClientLink(
  link: ClientLinkInput,
  options: AddRuleOptions = DEFAULT_ADD_RULE_OPTIONS,
): Violation[] {
  const out: Violation[] = []
  const bad = (
    field: string,
    message: string,
    error: ErrorName = "ClientLinkFieldInvalid",
  ) => out.push({ field, error, message })
  const isCustomerLink = link.Type === "CustomerLink"
  const hasId = present(link.ClientEntityId)
  const hasNumber = present(link.ClientEntityNumber)

  if (isCustomerLink) {
    if (!hasNumber)
      bad("ClientEntityNumber", "Enter the client customer number.")
    else if (hasId && options.rejectIdAndNumberForCustomerLinks)
      bad(
        "ClientEntityId",
        "Give the client customer number only, not the id as well.",
      )
  } else if (hasId === hasNumber) {
    bad(
      "ClientEntityId",
      hasId
        ? "Give the client account id or its number, not both."
        : "Enter the client account id or number.",
    )
  }
  if (
    !isCustomerLink &&
    options.requireClientEntityCustomerNumber &&
    !present(link.ClientEntityCustomerNumber)
  )
    bad(
      "ClientEntityCustomerNumber",
      "Enter the number of the customer that owns the client account.",
    )
  if (isCustomerLink && present(link.ClientEntityCustomerNumber))
    bad(
      "ClientEntityCustomerNumber",
      "The owning customer number is for account links only.",
    )

  if (present(link.ManagingCustomerId) === present(link.ManagingCustomerNumber))
    bad(
      "ManagingCustomerId",
      present(link.ManagingCustomerId)
        ? "Give the managing customer id or its number, not both."
        : "Enter the managing customer id or number.",
    )

  if (link.Name && link.Name.length > NAME_MAX_LENGTH)
    bad(
      "Name",
      `Use at most ${NAME_MAX_LENGTH} characters (now ${link.Name.length}).`,
      "NameTooLong",
    )
  if (present(link.InviterEmail) && !EMAIL.safeParse(link.InviterEmail).success)
    bad("InviterEmail", "Enter a valid email address, like name@example.com.")

  if (isCustomerLink) {
    if (present(link.IsBillToClient))
      bad("IsBillToClient", "Who pays applies to account links only.")
  } else {
    if (!present(link.IsBillToClient))
      bad("IsBillToClient", "Choose who pays for this account.")
    if (present(link.CustomerLinkPermission))
      bad(
        "CustomerLinkPermission",
        "A permission level applies to customer links only.",
      )
  }
  if (present(link.Status))
    bad(
      "Status",
      "A new invitation cannot set a status; the service sets LinkPending.",
    )

  if (
    options.now &&
    link.StartDate &&
    startOfUtcDay(parseUtc(link.StartDate)) < startOfUtcDay(options.now)
  )
    bad("StartDate", "Choose today or a later date.")
  return out
}

/** xs:dateTime without a zone is the service's time, UTC; `new Date` would read it as local time. */
const parseUtc = (s: string) =>
  new Date(/(Z|[+-]\d{2}:\d{2})$/i.test(s) ? s : `${s}Z`)

const startOfUtcDay = (d: Date) =>
  Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())

/** The schema the invitation form and the invite route share. */
export function makeAddClientLinkSchema(
  options: AddRuleOptions = DEFAULT_ADD_RULE_OPTIONS,
) {
  return clientLinkInputSchema.superRefine((link, ctx) => {
    for (const v of checkAddClientLink(link, {
      ...options,
      now: options.now ?? new Date(),
    }))
      ctx.addIssue({
        code: "custom",
        path: [v.field],
        message: v.message,
        params: { error: v.error },
      })
  })
}
