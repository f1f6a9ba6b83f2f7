import { resendExpiredRows, toRowResult } from "@/lib/api/bulk"
import { withSession } from "@/lib/api/with-session"
import { upstreamClient } from "@/lib/auth/session"
import { updateClientLinksInChunks } from "@/lib/client-links/batch"
import { invalidateGathered } from "@/lib/client-links/gather"
import {
  type BulkResponse,
  statusRequestSchema,
} from "@/lib/client-links/requests"
import {
  refuseStatusRequest,
  updateLinkStatuses,
} from "@/lib/client-links/status-update"

// POST /api/client-links/status – accept, decline, cancel or unlink
export const POST = withSession(
  { body: statusRequestSchema, authorize: refuseStatusRequest },
  async ({ session, body, refreshSession }) => {
    const client = upstreamClient(session)
    const results = await updateLinkStatuses(body, {
      customerId: session.customer.id,
      client,
      write: async (links) =>
        resendExpiredRows(
          links,
          await updateClientLinksInChunks(client, links),
          refreshSession,
          (next, rows) => updateClientLinksInChunks(upstreamClient(next), rows),
        ),
    })
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
