import { bulkAnswer, resendExpiredRows } from "@/lib/api/bulk"
import { withWriteSession } from "@/lib/api/with-session.server"
import { upstreamClient } from "@/lib/auth/session.server"
import { addClientLinksInChunks } from "@/lib/ads-api/batch"
import { refuseInviteRequest } from "@/lib/link-rules/invite-refusals"
import { inviteRequestSchema } from "@/lib/contract/writes"

// POST /api/client-links/invite – send invitations
export const POST = withWriteSession(
  {
    body: inviteRequestSchema,
    permission: "inviteAccountLinks",
    authorize: refuseInviteRequest,
  },
  async ({ session, body, refreshSession, budget }) => {
    const first = await addClientLinksInChunks(
      upstreamClient(session),
      body.links,
      { budget },
    )
    const results = await resendExpiredRows(
      body.links,
      first,
      refreshSession,
      (next, rows) =>
        addClientLinksInChunks(upstreamClient(next), rows, { budget }),
    )
    return bulkAnswer(session, results)
  },
)
