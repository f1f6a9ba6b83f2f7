import { bulkAnswer } from "@/lib/api/bulk"
import { writeCaller } from "@/lib/api/callers.server"
import { withWriteSession } from "@/lib/api/with-session.server"
import { statusRequestSchema } from "@/lib/contract/writes"
import { changeLinkStatuses } from "@/lib/link-writes/status.server"
import { refuseStatusRequest } from "@/lib/link-writes/status-update"

// POST /api/client-links/status – accept, decline, cancel or unlink
export const POST = withWriteSession(
  { body: statusRequestSchema, authorize: refuseStatusRequest },
  async (ctx) =>
    bulkAnswer(await changeLinkStatuses(writeCaller(ctx), ctx.body)),
)
