"use client"

import Link from "next/link"

import { buttonClassName, Button } from "@/components/ui/button"
import { Card } from "@/components/ui/card"

import type { RowCounts } from "@/lib/invite/counts"

import { onlyRetries } from "./send-bar"
import { forCount, formatNumber, plural } from "@/lib/format"

/**
 * What the last send did, in a polite live region that exists from the first paint
 * (so "247 of 250 sent" is announced), with the follow-up actions.
 */
export function SendSummary({
  counts,
  attempted,
  sending,
  onRetry,
  onCopy,
  onDownload,
}: {
  counts: RowCounts
  attempted: boolean
  sending: boolean
  onRetry: () => void
  onCopy: () => void
  onDownload: () => void
}) {
  // Totals count only rows that were or can be sent; rows the rules hold back are apart.
  const text =
    attempted && !sending
      ? `${formatNumber(counts.sent)} of ${formatNumber(counts.total - counts.invalid)} sent.${counts.failed ? ` ${formatNumber(counts.failed)} failed.` : ""}${counts.invalid ? ` ${plural(counts.invalid, "needs", "need")} fixing before ${forCount(counts.invalid, "it", "they")} can be sent.` : ""}`
      : ""
  // When the send button would send exactly the failed rows, it is the one retry action.
  const retryHere = counts.retryable > 0 && !onlyRetries(counts)
  return (
    <div role="status" aria-label="Send results" aria-atomic="true">
      {text ? (
        <Card className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold tabular-nums">{text}</p>
            <p className="text-fg-muted text-xs">
              {counts.failed
                ? `Failed rows keep their reason below. Fix them if needed, then ${onlyRetries(counts) ? "press Retry failed rows at the bottom" : "retry"}: rows already sent are never sent again.`
                : "New invitations wait for the client to accept them."}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            {counts.failed ? (
              <>
                {retryHere ? (
                  <Button onClick={onRetry}>
                    Retry failed rows ({counts.retryable})
                  </Button>
                ) : null}
                <Button variant="secondary" onClick={onCopy}>
                  Copy failed rows as CSV
                </Button>
                <Button variant="ghost" onClick={onDownload}>
                  Download failed rows
                </Button>
              </>
            ) : null}
            {counts.sent ? (
              <Link
                href="/links?view=pending"
                className={buttonClassName({ variant: "secondary" })}
              >
                View pending invitations
              </Link>
            ) : null}
          </div>
        </Card>
      ) : null}
    </div>
  )
}
