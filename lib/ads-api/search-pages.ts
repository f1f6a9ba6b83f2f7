import type { ClientLinksClient } from "./client.server"
import {
  type Random,
  realSleep,
  type RetryPolicy,
  type Sleep,
  ThrottleGate,
  withRetry,
} from "./retry"
import { SEARCH_PAGE_SIZE_MAX } from "@/lib/link-rules/search"
import type { WaitBudget } from "./wait-budget"
import type { ClientLink, OrderBy, Predicate } from "./wire"

export interface SearchAllOptions {
  /** 1 to 100 (docs/client-link-api.md, "Search"). */
  pageSize?: number
  /** Pages asked for at once; the ones past the end come back empty and are dropped. */
  concurrency?: number
  onPage?: (index: number, links: ClientLink[]) => void
  /** Stop after this many pages even if the last one was full. */
  maxPages?: number
  signal?: AbortSignal
  sleep?: Sleep
  random?: Random
  retry?: Partial<RetryPolicy>
  /** A pause shared with other searches of the same job; by default this walk's own. */
  gate?: ThrottleGate
  /** The request's deadline: a page that would wait past it throws retry.ts's Deferred. */
  budget?: WaitBudget
}

export interface SearchAllResult {
  links: ClientLink[]
  pages: number
  /** True when maxPages stopped the walk before a short page. */
  truncated: boolean
  trackingIds: (string | null)[]
}

/**
 * Every page of one search. The API has no total count, so it walks until a page comes
 * back shorter than pageSize, asking for `concurrency` pages at a time. Reads are retried
 * on 5xx, timeouts and network failures as well as throttling.
 */
export async function searchAllPages(
  client: Pick<ClientLinksClient, "searchClientLinks">,
  predicates: Predicate[],
  ordering: OrderBy[] | null | undefined,
  options: SearchAllOptions = {},
): Promise<SearchAllResult> {
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE_MAX
  if (
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > SEARCH_PAGE_SIZE_MAX
  )
    throw new RangeError(`pageSize must be 1 to ${SEARCH_PAGE_SIZE_MAX}`)
  const concurrency = Math.max(1, options.concurrency ?? 2)
  const maxPages = options.maxPages ?? 1_000
  const { signal, budget } = options
  const sleep = options.sleep ?? budget?.sleep ?? realSleep
  // Pages in flight together pause together when one of them is throttled.
  const gate =
    options.gate ??
    new ThrottleGate(sleep, budget ? () => budget.now() : Date.now)
  const out: SearchAllResult = {
    links: [],
    pages: 0,
    truncated: false,
    trackingIds: [],
  }

  const fetchPage = (index: number) =>
    withRetry(
      () =>
        client.searchClientLinks(
          {
            Predicates: predicates,
            Ordering: ordering ?? undefined,
            PageInfo: { Index: index, Size: pageSize },
          },
          { signal },
        ),
      {
        kind: "read",
        operation: "SearchClientLinks",
        sleep,
        gate,
        random: options.random,
        policy: options.retry,
        signal,
        budget,
      },
    )

  for (let first = 0; first < maxPages; first += concurrency) {
    const indexes = Array.from(
      { length: Math.min(concurrency, maxPages - first) },
      (_, k) => first + k,
    )
    const pages = await Promise.all(indexes.map(fetchPage))
    for (const [k, page] of pages.entries()) {
      const links = page.data.ClientLinks ?? []
      out.links.push(...links)
      out.pages += 1
      out.trackingIds.push(page.trackingId)
      options.onPage?.(first + k, links)
      if (links.length < pageSize) return out
    }
  }
  out.truncated = true
  return out
}
