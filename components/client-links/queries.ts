import { keepPreviousData, queryOptions } from "@tanstack/react-query"

import type { GridResponse } from "@/lib/contract/grid"

import { fetchJson } from "@/lib/fetch-json"
import { type GridParams, toSearchParams } from "./grid-params"

/**
 * While the server gathers, ask again for the rest: after 1 s, then twice as long each
 * time up to 8 s, so a long gather does not keep the main thread busy every second.
 */
const GATHERING_POLL_MS = 1_000
const GATHERING_POLL_MAX_MS = 8_000
/** While links are in progress, refresh so LinkAccepted → LinkInProgress → Active shows. */
const IN_PROGRESS_POLL_MS = 10_000

/** `answers`: how many answers this query has had (TanStack's dataUpdateCount). */
export function refetchIntervalFor(
  data: GridResponse | undefined,
  answers: number,
) {
  if (!data) return false
  if (!data.complete)
    return Math.min(
      GATHERING_POLL_MS * 2 ** Math.max(0, answers - 1),
      GATHERING_POLL_MAX_MS,
    )
  return data.counts["in-progress"] > 0 ? IN_PROGRESS_POLL_MS : false
}

/** queryOptions factories, the one place query keys are built: keys under ["client-links", …]. */
export const clientLinkQueries = {
  all: () => ["client-links"] as const,
  lists: () => [...clientLinkQueries.all(), "list"] as const,
  list: (params: GridParams) =>
    queryOptions({
      queryKey: [...clientLinkQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        fetchJson(
          `/api/client-links?${toSearchParams(params).toString()}`,
          () => import("@/lib/contract/grid").then((m) => m.gridResponseSchema),
          { signal },
        ),
      placeholderData: keepPreviousData,
      refetchInterval: (query) =>
        refetchIntervalFor(query.state.data, query.state.dataUpdateCount),
      staleTime: 5_000,
    }),
}

export const exportUrl = (params: GridParams) => {
  const search = toSearchParams({ ...params, page: 1 })
  search.delete("page")
  search.delete("pageSize")
  return `/api/client-links/export?${search.toString()}`
}
