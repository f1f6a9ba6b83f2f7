"use client"

import { QueryClientProvider } from "@tanstack/react-query"
import type { Session } from "next-auth"
import { SessionProvider } from "next-auth/react"
import { NuqsAdapter } from "nuqs/adapters/next/app"

import { getQueryClient } from "@/lib/query-client"

/** `session` comes from the server, so the first render needs no /api/auth/session round trip. */
export function Providers({
  session,
  children,
}: {
  session: Session
  children: React.ReactNode
}) {
  const queryClient = getQueryClient()
  return (
    // No background session polling: each GET /api/auth/session rewrites the cookie and
    // could undo a concurrent customer switch. SessionWatcher's GET /api/me finds dead sessions.
    <SessionProvider session={session} refetchOnWindowFocus={false}>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter>{children}</NuqsAdapter>
      </QueryClientProvider>
    </SessionProvider>
  )
}
