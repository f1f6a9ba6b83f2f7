import { keepPreviousData, queryOptions } from "@tanstack/react-query"

import type { GridResponse } from "@/lib/client-links/grid-schema"

import { fetchJson } from "@/lib/fetch-json"
import { type GridParams, toSearchParams } from "./grid-params"

/** While the server gathers, ask again soon for the rest. */
const GATHERING_POLL_MS = 1_000
/** While links are in progress, refresh so LinkAccepted → LinkInProgress → Active shows. */
const IN_PROGRESS_POLL_MS = 10_000

export function refetchIntervalFor(data: GridResponse | undefined) {
  if (!data) return false
  if (!data.complete) return GATHERING_POLL_MS
  return data.counts["in-progress"] > 0 ? IN_PROGRESS_POLL_MS : false
}

/** queryOptions factories (convention 7): keys under ["client-links", …]. */
export const clientLinkQueries = {
  all: () => ["client-links"] as const,
  lists: () => [...clientLinkQueries.all(), "list"] as const,
  list: (params: GridParams) =>
    queryOptions({
      queryKey: [...clientLinkQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        fetchJson(
          `/api/client-links?${toSearchParams(params).toString()}`,
          () =>
            import("@/lib/client-links/grid-schema").then(
              (m) => m.gridResponseSchema,
            ),
          { signal },
        ),
      placeholderData: keepPreviousData,
      refetchInterval: (query) => refetchIntervalFor(query.state.data),
      staleTime: 5_000,
    }),
}

export const exportUrl = (params: GridParams) => {
  const search = toSearchParams({ ...params, page: 1 })
  search.delete("page")
  search.delete("pageSize")
  return `/api/client-links/export?${search.toString()}`
}
