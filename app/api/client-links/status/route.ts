import { bulkAnswer, resendExpiredRows } from "@/lib/api/bulk"
import { withSession } from "@/lib/api/with-session"
import { upstreamClient } from "@/lib/auth/session"
import { updateClientLinksInChunks } from "@/lib/client-links/batch"
import { statusRequestSchema } from "@/lib/client-links/requests"
import {
  refuseStatusRequest,
  updateLinkStatuses,
} from "@/lib/client-links/status-update"

// POST /api/client-links/status – accept, decline, cancel or unlink
export const POST = withSession(
  { body: statusRequestSchema, authorize: refuseStatusRequest },
  async ({ session, body, refreshSession, budget }) => {
    const client = upstreamClient(session)
    const results = await updateLinkStatuses(body, {
      customerId: session.customer.id,
      client,
      read: { budget },
      write: async (links) =>
        resendExpiredRows(
          links,
          await updateClientLinksInChunks(client, links, { budget }),
          refreshSession,
          (next, rows) =>
            updateClientLinksInChunks(upstreamClient(next), rows, { budget }),
        ),
    })
    return bulkAnswer(session, results)
  },
)
