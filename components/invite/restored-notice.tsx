import { Button } from "@/components/ui/button"
import { forCount, formatDateTime, plural } from "@/lib/format"

/** Says a saved draft came back, and offers to start over. */
export function RestoredNotice({
  savedAt,
  rows,
  onDismiss,
  onDiscard,
}: {
  savedAt: string
  rows: number
  onDismiss: () => void
  onDiscard: () => void
}) {
  return (
    <div className="bg-status-progress-bg text-fg border-status-progress/25 mb-4 flex flex-wrap items-center gap-3 rounded-lg border px-4 py-2.5 text-[13px]">
      <p className="flex-1">
        <span className="font-medium">Draft restored.</span> Your{" "}
        {forCount(rows, "invitation", plural(rows, "row"))} from{" "}
        {formatDateTime(savedAt)} {forCount(rows, "is", "are")} back, with what
        happened to each.
      </p>
      <Button variant="ghost" size="sm" onClick={onDiscard}>
        Start over
      </Button>
      <Button variant="secondary" size="sm" onClick={onDismiss}>
        Keep working
      </Button>
    </div>
  )
}
