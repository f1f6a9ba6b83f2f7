"use client"

import { useEffect } from "react"

import { Button } from "@/components/ui/button"

// Next strips server error details in production; `digest` lets ops find the log line.
export default function DashboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div
      role="alert"
      className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center"
    >
      <h1 className="text-lg font-semibold">Something went wrong</h1>
      <p className="text-fg-muted text-sm">
        {error.message || "An unexpected error occurred."}
      </p>
      {error.digest ? (
        <p className="text-2xs text-fg-muted font-mono">
          Reference: {error.digest}
        </p>
      ) : null}
      <Button onClick={reset}>Try again</Button>
    </div>
  )
}
