import pMap from "p-map"

import type { ClientLinksClient } from "@/lib/ads-api/client.server"
import { searchAllPages } from "@/lib/ads-api/search-pages"
import { type RetryPolicy, type Sleep, withRetry } from "@/lib/ads-api/retry"
import { SEARCH_PAGE_SIZE_MAX } from "@/lib/link-rules/search"
import type { ClientLink, OrderBy, Predicate } from "@/lib/ads-api/wire"

/**
 * Every link of one customer, read with as few calls as the API allows (spec §6–7):
 * - agency: one walk of `DirectManagingCustomerId Equals customer`, `concurrency` pages
 *   at a time, until a short page;
 * - client: a client user may search one account at a time, so one walk of
 *   `ClientAccountId Equals account` per account from GetAccountsInfo, plus one of
 *   `ClientCustomerId Equals customer` for customer links, `concurrency` walks at a time.
 * Reads are retried on throttling (honouring Retry-After), 5xx and network failures.
 */

export type GatherClient = Pick<
  ClientLinksClient,
  "searchClientLinks" | "getAccountsInfo"
>

export interface GatherTarget {
  customerId: string
  kind: "agency" | "client"
}

export interface WalkProgress {
  calls: number
  /** Walks finished and known up front (client); null for the agency's single walk. */
  done: number | null
  total: number | null
}

export interface WalkOptions {
  concurrency?: number
  signal?: AbortSignal
  onLinks: (links: ClientLink[]) => void
  onProgress?: (p: WalkProgress) => void
  sleep?: Sleep
  retry?: Partial<RetryPolicy>
  /** Stops a walk past this many pages (100 links each). */
  maxPages?: number
}

export const DEFAULT_GATHER_CONCURRENCY = 4
export const MAX_GATHER_PAGES = 5_000

/** A stable order, so concurrent pages of one walk neither overlap nor skip. */
const BY_ID: OrderBy[] = [{ Field: "Id", Order: "Ascending" }]
const equals = (Field: string, Value: string): Predicate => ({
  Field,
  Operator: "Equals",
  Value,
})

export async function walkLinks(
  client: GatherClient,
  target: GatherTarget,
  options: WalkOptions,
): Promise<void> {
  const concurrency = options.concurrency ?? DEFAULT_GATHER_CONCURRENCY
  const { signal, sleep, retry } = options
  const progress: WalkProgress = { calls: 0, done: null, total: null }
  const report = () => options.onProgress?.({ ...progress })
  const walk = (predicate: Predicate, pages: number) =>
    searchAllPages(client, [predicate], BY_ID, {
      pageSize: SEARCH_PAGE_SIZE_MAX,
      concurrency: pages,
      maxPages: options.maxPages ?? MAX_GATHER_PAGES,
      signal,
      sleep,
      retry,
      onPage: (_i, links) => {
        progress.calls++
        if (links.length > 0) options.onLinks(links)
        report()
      },
    })

  if (target.kind === "agency") {
    await walk(
      equals("DirectManagingCustomerId", target.customerId),
      concurrency,
    )
    return
  }

  const info = await withRetry(
    () => client.getAccountsInfo(target.customerId, false, { signal }),
    {
      kind: "read",
      operation: "GetAccountsInfo",
      signal,
      sleep,
      policy: retry,
    },
  )
  const predicates = [
    equals("ClientCustomerId", target.customerId),
    ...(info.data.AccountsInfo ?? []).map((a) =>
      equals("ClientAccountId", a.Id),
    ),
  ]
  progress.done = 0
  progress.total = predicates.length
  report()
  await pMap(
    predicates,
    async (predicate) => {
      // Once aborted, no new walk starts; the ones under way end with their own abort.
      if (signal?.aborted) return
      await walk(predicate, 1)
      progress.done = (progress.done ?? 0) + 1
      report()
    },
    { concurrency: Math.max(1, concurrency) },
  )
}
