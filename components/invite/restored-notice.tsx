import { Button } from "@/components/ui/button"

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
  const when = new Date(savedAt).toLocaleString(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
  })
  return (
    <div className="bg-status-progress-bg text-fg border-status-progress/25 mb-4 flex flex-wrap items-center gap-3 rounded-lg border px-4 py-2.5 text-[13px]">
      <p className="flex-1">
        <span className="font-medium">Draft restored.</span> Your{" "}
        {rows === 1 ? "invitation" : `${rows} rows`} from {when}{" "}
        {rows === 1 ? "is" : "are"} back, with what happened to each.
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
