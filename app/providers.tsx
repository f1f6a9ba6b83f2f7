"use client"

import { QueryClientProvider } from "@tanstack/react-query"
import { NuqsAdapter } from "nuqs/adapters/next/app"

import { getQueryClient } from "@/lib/query-client"

/**
 * No next-auth SessionProvider: pages read the session on the server, and the browser's few
 * session needs go through lib/auth/browser-session.ts.
 */
export function Providers({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient()
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  )
}
