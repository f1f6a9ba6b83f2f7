import {
  isServer,
  MutationCache,
  QueryCache,
  QueryClient,
} from "@tanstack/react-query"

import { reportIfSessionExpired } from "@/lib/session-expiry"

/**
 * One QueryClient per browser tab, a new one per server render (TanStack's Next.js
 * example). staleTime > 0 so data fetched on the server is not refetched at once.
 */
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false },
    },
    // A 401 from any query or mutation means the session is gone: sign in again.
    queryCache: new QueryCache({ onError: reportIfSessionExpired }),
    mutationCache: new MutationCache({ onError: reportIfSessionExpired }),
  })
}

let browserQueryClient: QueryClient | undefined

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient()
  return (browserQueryClient ??= makeQueryClient())
}
