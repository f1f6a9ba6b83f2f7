"use client"

import { useQuery } from "@tanstack/react-query"
import { useRouter } from "next/navigation"
import { useEffect, useRef } from "react"

import { onSignOutElsewhere } from "@/lib/auth/browser-session"
import { meQuery } from "@/lib/auth/me-query"
import { SESSION_EXPIRED_EVENT } from "@/lib/session-expiry"

/**
 * Watches for a dead session: another tab signed out, or any API call answered 401,
 * including its own `GET /api/me` on each page load and on focus (a revoked sign-in or a
 * refresh that failed: the server answers 401 for both). Then it opens
 * /signin with the current page as callbackUrl, so signing in brings the user back.
 */
export function SessionWatcher() {
  const router = useRouter()
  // Its 401 reaches `leave` through the QueryCache's onError (lib/query-client.ts).
  useQuery({ ...meQuery, refetchOnWindowFocus: true })
  const leaving = useRef(false)

  useEffect(() => {
    const leave = () => {
      if (leaving.current) return
      leaving.current = true
      const here = `${window.location.pathname}${window.location.search}`
      router.replace(
        `/signin?${new URLSearchParams({ callbackUrl: here }).toString()}`,
      )
    }
    const stopListening = onSignOutElsewhere(leave)
    window.addEventListener(SESSION_EXPIRED_EVENT, leave)
    return () => {
      stopListening()
      window.removeEventListener(SESSION_EXPIRED_EVENT, leave)
    }
  }, [router])

  return null
}
