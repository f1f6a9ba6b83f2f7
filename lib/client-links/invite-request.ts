import type { z } from "zod"

import type { UpstreamSession } from "@/lib/auth/session"

import type { inviteRequestSchema } from "./requests"

/**
 * The role check for a whole invite request (withSession's `authorize`): a refusal, or
 * null. The API refuses foreign managers too (106), but only after we have sent them.
 */
export function refuseInviteRequest(
  session: Pick<UpstreamSession, "customers" | "permissions">,
  { links }: z.output<typeof inviteRequestSchema>,
): string | null {
  if (
    links.some((l) => l.Type === "CustomerLink") &&
    !session.permissions.inviteCustomerLinks
  )
    return "Only a Super Admin may invite customer links."
  const ids = new Set(session.customers.map((c) => c.id))
  const numbers = new Set(
    session.customers.flatMap((c) =>
      c.number ? [c.number.toUpperCase()] : [],
    ),
  )
  const foreign = links.some((l) =>
    l.ManagingCustomerId
      ? !ids.has(l.ManagingCustomerId)
      : !numbers.has(l.ManagingCustomerNumber?.toUpperCase() ?? ""),
  )
  return foreign ? "You can only invite for a customer you belong to." : null
}
