import { z } from "zod"

import { clientLinkSchema } from "@/lib/ads-api/wire"

import { operationError, type CodeName } from "../faults-wire"
import type { OperationError } from "@/lib/ads-api/wire"

/**
 * The field rules of one AddClientLinks link, as the service documents them
 * (docs/emulator-links.md, "Field rules of AddClientLinks"). They need no state: the
 * directory and the links are checked afterwards, in add.ts.
 */

/** Where the May 2026 docs conflict or announce a rule: our settings (docs/emulator.md). */
export interface AddRules {
  /** Apply "both ClientEntityId and ClientEntityNumber fails" to customer links too. */
  rejectIdAndNumberForCustomerLinks: boolean
  /** Require ClientEntityCustomerNumber on account links now, not only "in future". */
  requireClientEntityCustomerNumber: boolean
}

export const DEFAULT_ADD_RULES: AddRules = {
  rejectIdAndNumberForCustomerLinks: false,
  requireClientEntityCustomerNumber: false,
}

/** Name is documented as at most 40 characters. */
export const LINK_NAME_MAX = 40

/** One requested link: any member may be left out, and left out means null. */
export const linkInputSchema = clientLinkSchema.partial()
export type LinkInput = z.output<typeof linkInputSchema>

const isEmail = (v: string) => z.email().safeParse(v).success
const given = (v: unknown): boolean => v !== undefined && v !== null

/** Every broken field rule of `link`, one OperationError each (Details: `Member: why`). */
export function fieldErrors(
  link: LinkInput,
  rules: AddRules,
): OperationError[] {
  const errors: OperationError[] = []
  const fail = (
    member: string,
    why: string,
    code: CodeName = "ClientLinkFieldInvalid",
  ) => errors.push(operationError(code, `${member}: ${why}`))
  const customerLink = link.Type === "CustomerLink"
  const entityId = given(link.ClientEntityId)
  const entityNumber = given(link.ClientEntityNumber)

  if (!customerLink) {
    if (entityId && entityNumber)
      fail("ClientEntityId", "send the id or the number, not both")
    if (!entityId && !entityNumber)
      fail("ClientEntityId", "the id or the number is required")
    if (
      rules.requireClientEntityCustomerNumber &&
      !given(link.ClientEntityCustomerNumber)
    )
      fail("ClientEntityCustomerNumber", "required for account links")
    if (!given(link.IsBillToClient))
      fail("IsBillToClient", "required for account links")
    if (given(link.CustomerLinkPermission))
      fail("CustomerLinkPermission", "only for customer links")
  } else {
    if (!entityNumber) fail("ClientEntityNumber", "required for customer links")
    else if (entityId && rules.rejectIdAndNumberForCustomerLinks)
      fail("ClientEntityId", "send the number only")
    if (given(link.ClientEntityCustomerNumber))
      fail("ClientEntityCustomerNumber", "only for account links")
    if (given(link.IsBillToClient))
      fail("IsBillToClient", "only for account links")
  }

  const managerId = given(link.ManagingCustomerId)
  if (managerId === given(link.ManagingCustomerNumber))
    fail(
      "ManagingCustomerId",
      managerId
        ? "send the id or the number, not both"
        : "the id or the number is required",
    )
  if (given(link.Status)) fail("Status", "set by the service, not the caller")
  if (link.Name && link.Name.length > LINK_NAME_MAX)
    fail("Name", `at most ${LINK_NAME_MAX} characters`, "NameTooLong")
  if (link.InviterEmail && !isEmail(link.InviterEmail))
    fail("InviterEmail", "not an email address")
  return errors
}
