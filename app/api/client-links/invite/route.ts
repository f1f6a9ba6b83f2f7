import { resendExpiredRows, toRowResult } from "@/lib/api/bulk"
import { withSession } from "@/lib/api/with-session"
import { upstreamClient } from "@/lib/auth/session"
import { addClientLinksInChunks } from "@/lib/client-links/batch"
import { invalidateGathered } from "@/lib/client-links/gather"
import {
  type BulkResponse,
  inviteRequestSchema,
} from "@/lib/client-links/requests"

// POST /api/client-links/invite – send invitations
export const POST = withSession(
  {
    body: inviteRequestSchema,
    permission: "inviteAccountLinks",
    authorize: (session, { links }) => {
      if (
        links.some((l) => l.Type === "CustomerLink") &&
        !session.permissions.inviteCustomerLinks
      )
        return "Only a Super Admin may invite customer links."
      // The API refuses these too (106), but only after we have sent them.
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
      return foreign
        ? "You can only invite for a customer you belong to."
        : null
    },
  },
  async ({ session, body, refreshSession }) => {
    const first = await addClientLinksInChunks(
      upstreamClient(session),
      body.links,
    )
    const results = await resendExpiredRows(
      body.links,
      first,
      refreshSession,
      (next, rows) => addClientLinksInChunks(upstreamClient(next), rows),
    )
    // The grid re-reads this user's links for this customer on its next request.
    invalidateGathered(session.user.id, session.customer.id)
    return Response.json(
      { results: results.map(toRowResult) } satisfies BulkResponse,
      {
        headers: { "Cache-Control": "no-store" },
      },
    )
  },
)
