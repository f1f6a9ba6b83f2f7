import { bulkAnswer, rereadOnExpiry, resendExpiredRows } from "@/lib/api/bulk"
import { withWriteSession } from "@/lib/api/with-session.server"
import { upstreamClient } from "@/lib/auth/session.server"
import { updateClientLinksInChunks } from "@/lib/ads-api/batch"
import { statusRequestSchema } from "@/lib/contract/writes"
import {
  refuseStatusRequest,
  updateLinkStatuses,
} from "@/lib/link-writes/status-update"

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
