import { Button } from "@/components/ui/button"
import { Progress } from "@/components/ui/progress"

import type { RowCounts } from "@/lib/invite/counts"

import { DiscardButton } from "./discard-button"
import type { Progress as SendProgress } from "./use-send-invitations"
import { formatNumber, plural } from "@/lib/format"

/**
 * Every row a send would include is a failed row to retry: the send button then is the
 * retry, and the summary offers no second button that does the same.
 */
export const onlyRetries = (c: RowCounts) =>
  c.sendable > 0 && c.sendable === c.retryable

/** The form's footer: what will happen, the progress while it happens, and the submit button. */
export function SendBar({
  counts,
  flagged,
  sending,
  progress,
  onDiscard,
  onCancelWait,
  submitRef,
}: {
  counts: RowCounts
  /** Rows whose problems are on screen (validated on blur, import or submit). */
  flagged: number
  sending: boolean
  progress: SendProgress | null
  onDiscard: () => void
  onCancelWait: () => void
  submitRef?: React.Ref<HTMLButtonElement>
}) {
  const allSent = counts.total > 0 && counts.sent === counts.total
  // Unsent rows that are not valid yet still get a button: pressing it shows why.
  const unsent = counts.total - counts.sent
  const label = allSent
    ? "All invitations sent"
    : onlyRetries(counts)
      ? `Retry failed rows (${counts.retryable})`
      : counts.sendable > 0 || unsent === 1
        ? `Send ${plural(counts.sendable || 1, "invitation")}`
        : "Send invitations"
  return (
    <div className="bg-surface/95 supports-[backdrop-filter]:bg-surface/80 sticky bottom-0 z-20 -mx-4 mt-6 border-t px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <div className="min-w-0 flex-1">
          {/* Always in the page, so the progress is announced when it appears. */}
          <div role="status" aria-label="Send progress">
            {sending && progress ? (
              <div className="grid max-w-md gap-1.5">
                <p className="text-[13px] font-medium tabular-nums">
                  Sending… {progress.done} of {progress.total} rows done
                </p>
                {progress.waiting ? (
                  <p className="flex items-center gap-2 text-[13px] tabular-nums">
                    Microsoft asked us to wait; resuming in{" "}
                    {progress.waiting.seconds} s (
                    {plural(progress.waiting.rows, "row")} not sent yet).
                    <Button
                      type="button"
                      size="sm"
                      variant="ghost"
                      onClick={onCancelWait}
                    >
                      Cancel
                    </Button>
                  </p>
                ) : null}
                <Progress
                  label="Sending invitations"
                  value={progress.done}
                  max={progress.total}
                  valueText={`${progress.done} of ${progress.total} rows done`}
                />
              </div>
            ) : null}
          </div>
          {sending && progress ? null : (
            <p className="text-fg-muted text-[13px]">
              {plural(counts.total, "row")}
              {counts.sent ? ` · ${formatNumber(counts.sent)} sent` : ""}
              {counts.failed ? ` · ${formatNumber(counts.failed)} failed` : ""}
              {flagged ? (
                <span className="text-danger">
                  {" "}
                  · {plural(flagged, "row needs", "rows need")} fixing
                  {counts.sendable ? " and will stay here" : ""}
                </span>
              ) : null}
            </p>
          )}
        </div>
        <div className="flex items-center gap-2">
          <DiscardButton
            rows={counts.total}
            disabled={sending}
            onDiscard={onDiscard}
          />
          {/* Not `disabled`: the button keeps focus while sending and after (the send
              itself ignores a second press, and there is nothing left once all is sent). */}
          <Button
            ref={submitRef}
            type="submit"
            size="lg"
            aria-disabled={sending || allSent || undefined}
          >
            {sending ? "Sending…" : label}
          </Button>
        </div>
      </div>
    </div>
  )
}
