import "server-only"

import { updateClientLinksInChunks } from "@/lib/ads-api/batch"
import type { ClientLinksClient } from "@/lib/ads-api/client.server"
import type { RowResult } from "@/lib/contract/writes"
import { invalidateGathered } from "@/lib/grid/gather.server"

import { rereadOnExpiry, resendExpiredRows } from "./expired-token"
import { type StatusUpdateInput, updateLinkStatuses } from "./status-update"
import type { WriteCaller } from "./write-caller"

/**
 * Accept, decline, cancel or unlink: reads each link, refuses what the life cycle does not
 * allow, writes the rest (the rows refused for an expired token once more with a refreshed
 * one), and drops what the grid gathered for this customer. One result per link, in order.
 */
export async function changeLinkStatuses(
  caller: WriteCaller,
  input: StatusUpdateInput,
): Promise<RowResult[]> {
  const { budget } = caller
  // The client the reads ended with: a refreshed one when a read met an expired token.
  let current: ClientLinksClient = caller.client
  const refreshed = async () => {
    const next = await caller.refreshedClient()
    if (next) current = next
    return next
  }
  try {
    return await updateLinkStatuses(input, {
      customerId: caller.customer.id,
      client: rereadOnExpiry(caller.client, refreshed),
      read: { budget },
      write: async (links) =>
        resendExpiredRows(
          links,
          await updateClientLinksInChunks(current, links, { budget }),
          caller.refreshedClient,
          (client, rows) => updateClientLinksInChunks(client, rows, { budget }),
        ),
    })
  } finally {
    invalidateGathered(caller.user.id, caller.customer.id)
  }
}
