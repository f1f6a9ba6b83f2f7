import "server-only"

import { dehydrate, QueryClient } from "@tanstack/react-query"
import { createLoader, type SearchParams } from "nuqs/server"

import type { UpstreamSession } from "@/lib/auth/session.server"
import { gridCaller } from "@/lib/api/callers.server"
import { parseGridQuery } from "@/lib/contract/grid"
import { loadGrid } from "@/lib/grid/service.server"
import type { ViewId } from "@/lib/grid/views"

import { gridParamsFor, toSearchParams } from "./grid-params"
import { clientLinkQueries } from "./queries"

/**
 * The page the URL asks for, loaded on the server under the very key the grid's query
 * uses, so the browser renders it with the HTML instead of fetching it again on load.
 * A failed load is not dehydrated (TanStack keeps only successes): the grid then asks
 * once itself and shows the error as it always does.
 */
export async function firstPageState(
  session: UpstreamSession,
  searchParams: Promise<SearchParams>,
  defaultView?: ViewId,
) {
  const parsed = createLoader(gridParamsFor(defaultView))(await searchParams)
  const params = { ...parsed, page: Math.max(1, parsed.page) }
  const queryClient = new QueryClient()
  await queryClient.prefetchQuery({
    queryKey: clientLinkQueries.list(params).queryKey,
    queryFn: () =>
      loadGrid(gridCaller(session), parseGridQuery(toSearchParams(params))),
  })
  return dehydrate(queryClient)
}
