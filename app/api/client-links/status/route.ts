import { bulkAnswer, rereadOnExpiry, resendExpiredRows } from "@/lib/api/bulk"
import { withWriteSession } from "@/lib/api/with-session"
import { upstreamClient } from "@/lib/auth/session"
import { updateClientLinksInChunks } from "@/lib/client-links/batch"
import { statusRequestSchema } from "@/lib/client-links/requests"
import {
  refuseStatusRequest,
  updateLinkStatuses,
} from "@/lib/client-links/status-update"

// POST /api/client-links/status – accept, decline, cancel or unlink
export const POST = withWriteSession(
  { body: statusRequestSchema, authorize: refuseStatusRequest },
  async ({ session, body, refreshSession, budget }) => {
    // The session the reads ended with: a refreshed one when a read met an expired token.
    let current = session
    const refresh = async () => {
      const next = await refreshSession()
      if (next) current = next
      return next
    }
    const results = await updateLinkStatuses(body, {
      customerId: session.customer.id,
      client: rereadOnExpiry(upstreamClient, session, refresh),
      read: { budget },
      write: async (links) =>
        resendExpiredRows(
          links,
          await updateClientLinksInChunks(upstreamClient(current), links, {
            budget,
          }),
          refreshSession,
          (next, rows) =>
            updateClientLinksInChunks(upstreamClient(next), rows, { budget }),
        ),
    })
    return bulkAnswer(session, results)
  },
)
