import type { z } from "zod"

import type { inviteRequestSchema } from "@/lib/contract/writes"

import type { Caller } from "./caller"

/** Why this customer may not send invitations at all; null for an agency. */
export const clientCannotInvite = (
  customer: Pick<Caller["customer"], "kind" | "name">,
): string | null =>
  customer.kind === "agency"
    ? null
    : `${customer.name} is a client customer: only an agency can send invitations to manage accounts.`

/**
 * The check for a whole invite request (withSession's `authorize`): a refusal, or null.
 * Only an agency invites, and only for the selected customer, whose role was checked; the
 * API refuses foreign managers too (106), but only after we have sent them.
 */
export function refuseInviteRequest(
  session: Pick<Caller, "customer" | "permissions">,
  { links }: z.output<typeof inviteRequestSchema>,
): string | null {
  const notAgency = clientCannotInvite(session.customer)
  if (notAgency) return notAgency
  if (
    links.some((l) => l.Type === "CustomerLink") &&
    !session.permissions.inviteCustomerLinks
  )
    return "Only a Super Admin may invite customer links."
  const { id, number } = session.customer
  const foreign = links.some((l) =>
    l.ManagingCustomerId
      ? l.ManagingCustomerId !== id
      : !number ||
        l.ManagingCustomerNumber?.toUpperCase() !== number.toUpperCase(),
  )
  return foreign
    ? `You can only invite for the selected customer, ${session.customer.name}.`
    : null
}
