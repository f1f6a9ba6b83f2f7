import { bulkAnswer } from "@/lib/api/bulk"
import { writeCaller } from "@/lib/api/callers.server"
import { withWriteSession } from "@/lib/api/with-session.server"
import { inviteRequestSchema } from "@/lib/contract/writes"
import { refuseInviteRequest } from "@/lib/link-rules/invite-refusals"
import { sendInvitations } from "@/lib/link-writes/invite.server"

// POST /api/client-links/invite – send invitations
export const POST = withWriteSession(
  {
    body: inviteRequestSchema,
    permission: "inviteAccountLinks",
    authorize: refuseInviteRequest,
  },
  async (ctx) =>
    bulkAnswer(await sendInvitations(writeCaller(ctx), ctx.body.links)),
)
