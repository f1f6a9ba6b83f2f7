"use client"

import { Button } from "@/components/ui/button"
import { Progress } from "@/components/ui/progress"
import type { GatherProgress } from "@/lib/contract/grid"
import { ApiRequestError, requestFailureMessage } from "@/lib/fetch-json"
import { formatNumber } from "@/lib/format"

/** While the server is still reading pages from the API: what has arrived so far. */
export function GatherNotice({ progress }: { progress: GatherProgress }) {
  const known = progress.total !== null && progress.done !== null
  const text = known
    ? `Reading links from Microsoft Advertising: ${progress.done} of ${progress.total} searches, ${formatNumber(progress.links)} links so far. Counts will grow until it is done.`
    : `Reading links from Microsoft Advertising: ${formatNumber(progress.links)} links so far. Counts will grow until it is done.`
  return (
    <div className="space-y-1.5" aria-live="polite">
      <Progress
        label="Loading client links"
        value={known ? progress.done : null}
        max={known ? (progress.total ?? 1) : 100}
        valueText={text}
      />
      <p className="text-fg-muted text-xs">{text}</p>
    </div>
  )
}

/** A failed load: the server's message, its TrackingId for support, and what to do. */
export function ErrorNotice({
  error,
  onRetry,
}: {
  error: Error
  onRetry: () => void
}) {
  const api = error instanceof ApiRequestError ? error : null
  const next =
    api?.status === 401
      ? "Sign in again, then reload this page."
      : api?.status === 403
        ? "Ask a Super Admin of this customer for access, or switch customer."
        : "Try again in a minute. If it keeps failing, send the TrackingId to support."
  return (
    <div
      role="alert"
      className="border-status-attention/40 bg-status-attention-bg/50 flex flex-wrap items-start justify-between gap-3 rounded-md border px-3 py-2.5 text-[13px]"
    >
      <div className="space-y-0.5">
        <p className="font-medium">Could not load client links.</p>
        <p>{api ? requestFailureMessage(api) : error.message}</p>
        {api?.trackingId ? (
          <p className="text-fg-muted text-xs">
            TrackingId: <span className="font-mono">{api.trackingId}</span>
          </p>
        ) : null}
        <p className="text-fg-muted text-xs">{next}</p>
      </div>
      <Button size="sm" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </div>
  )
}
