import { bulkAnswer, resendExpiredRows } from "@/lib/api/bulk"
import { withWriteSession } from "@/lib/api/with-session"
import { upstreamClient } from "@/lib/auth/session"
import { addClientLinksInChunks } from "@/lib/client-links/batch"
import { refuseInviteRequest } from "@/lib/client-links/invite-request"
import { inviteRequestSchema } from "@/lib/client-links/requests"

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
