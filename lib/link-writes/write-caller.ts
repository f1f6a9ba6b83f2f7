import type { ClientLinksClient } from "@/lib/ads-api/client.server"
import type { WaitBudget } from "@/lib/ads-api/wait-budget"
import type { Caller } from "@/lib/link-rules/caller"

/** What a write needs from its caller besides who they are: the upstream side of the request. */
export interface WriteCaller extends Caller {
  /** Acting as the caller for their selected customer. */
  client: ClientLinksClient
  /**
   * The same client with a refreshed token, at most one refresh per request; null when the
   * refresh failed.
   */
  refreshedClient: () => Promise<ClientLinksClient | null>
  /** How long this request may still wait on Microsoft. */
  budget: WaitBudget
}
