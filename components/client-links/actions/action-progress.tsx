"use client"

import { Button } from "@/components/ui/button"
import { Progress } from "@/components/ui/progress"
import type { GridRow } from "@/lib/contract/grid"
import type { StatusAction } from "@/lib/contract/writes"
import { plural } from "@/lib/format"

const DOING: Record<StatusAction, [verb: string, noun: string]> = {
  accept: ["Accepting", "invitation"],
  decline: ["Declining", "invitation"],
  cancel: ["Canceling", "invitation"],
  unlink: ["Unlinking", "client"],
}

/**
 * What a status action is doing while it runs. One request carries every row, so the bar
 * is indeterminate. The live region is always in the page, so the start is announced;
 * the results follow as a notification.
 */
export function ActionProgress({
  running,
  waiting = null,
  onCancelWait,
}: {
  running: { action: StatusAction; rows: GridRow[] } | null
  /** Microsoft asked us to wait before the rows not sent go again. */
  waiting?: { rows: GridRow[]; seconds: number } | null
  onCancelWait?: () => void
}) {
  const [verb, noun] = running ? DOING[running.action] : ["", ""]
  const n = running?.rows.length ?? 0
  const text = `${verb} ${plural(n, noun)}`
  return (
    <div role="status" aria-label="Action progress">
      {running ? (
        <div className="grid max-w-md gap-1.5">
          <p className="text-[13px] font-medium">{text}…</p>
          <Progress label={text} value={null} />
        </div>
      ) : null}
      {waiting && !running ? (
        <p className="flex items-center gap-2 text-[13px] tabular-nums">
          Microsoft asked us to wait; resuming in {waiting.seconds} s (
          {waiting.rows.length} not sent yet).
          <Button size="sm" variant="ghost" onClick={onCancelWait}>
            Cancel
          </Button>
        </p>
      ) : null}
    </div>
  )
}
