import "server-only"

import { addClientLinksInChunks } from "@/lib/ads-api/batch"
import type { ClientLinkWrite } from "@/lib/ads-api/client.server"
import type { RowResult } from "@/lib/contract/writes"
import { invalidateGathered } from "@/lib/grid/gather.server"

import { resendExpiredRows } from "./expired-token"
import type { WriteCaller } from "./write-caller"

/**
 * Sends invitations, 10 per call: the rows refused for an expired token go once more with a
 * refreshed one, and what the grid gathered for this customer is dropped, so its next
 * request reads the links again. One result per link, in order.
 */
export async function sendInvitations(
  caller: WriteCaller,
  links: ClientLinkWrite[],
): Promise<RowResult[]> {
  const { budget } = caller
  try {
    const first = await addClientLinksInChunks(caller.client, links, { budget })
    return await resendExpiredRows(
      links,
      first,
      caller.refreshedClient,
      (client, rows) => addClientLinksInChunks(client, rows, { budget }),
    )
  } finally {
    invalidateGathered(caller.user.id, caller.customer.id)
  }
}
