import { resendExpiredRows, toRowResult } from "@/lib/api/bulk"
import { withSession } from "@/lib/api/with-session"
import { upstreamClient } from "@/lib/auth/session"
import { addClientLinksInChunks } from "@/lib/client-links/batch"
import {
  type BulkResponse,
  inviteRequestSchema,
} from "@/lib/client-links/requests"

// POST /api/client-links/invite – send invitations
export const POST = withSession(
  {
    body: inviteRequestSchema,
    permission: "inviteAccountLinks",
    authorize: (session, { links }) =>
      links.some((l) => l.Type === "CustomerLink") &&
      !session.permissions.inviteCustomerLinks
        ? "Only a Super Admin may invite customer links."
        : null,
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
    return Response.json(
      { results: results.map(toRowResult) } satisfies BulkResponse,
      {
        headers: { "Cache-Control": "no-store" },
      },
    )
  },
)
