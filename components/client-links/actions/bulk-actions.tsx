"use client"

import { Button } from "@/components/ui/button"
import type { GridRow } from "@/lib/contract/grid"
import type { StatusAction } from "@/lib/contract/writes"

import { actionsFor } from "../row-actions-for"
import type { GridMeta } from "../row-actions-for"

const LABEL: Record<StatusAction, string> = {
  accept: "Accept",
  decline: "Decline",
  cancel: "Cancel invitations",
  unlink: "Unlink…",
}
const ORDER: StatusAction[] = ["accept", "decline", "cancel", "unlink"]

/** Actions on the selected rows: each acts on the selected rows it is allowed for. */
export function BulkActions({
  selected,
  meta,
  failedCount,
  onRetryFailed,
  onClear,
  pending,
}: {
  selected: GridRow[]
  meta: GridMeta
  failedCount: number
  onRetryFailed: () => void
  onClear: () => void
  pending: boolean
}) {
  if (selected.length === 0 && failedCount === 0) return null
  const eligible = (a: StatusAction) =>
    selected.filter((r) => actionsFor(r, meta).includes(a))
  return (
    <div
      role="region"
      aria-label="Actions on selected rows"
      className="bg-subtle/60 flex flex-wrap items-center gap-2 rounded-md border px-3 py-2 text-[13px]"
    >
      <span className="font-medium">{selected.length} selected</span>
      {ORDER.map((action) => {
        const rows = eligible(action)
        if (rows.length === 0) return null
        return (
          <Button
            key={action}
            size="sm"
            variant={action === "accept" ? "primary" : "secondary"}
            // Not `disabled`: the pressed button keeps focus while the action runs.
            aria-disabled={pending || undefined}
            onClick={() => {
              if (pending) return
              if (action === "unlink") meta.requestUnlink(rows)
              else meta.run(action, rows)
            }}
          >
            {LABEL[action].replace("…", "")} {rows.length}
            {action === "unlink" ? "…" : ""}
          </Button>
        )
      })}
      {failedCount > 0 ? (
        <Button
          size="sm"
          variant="secondary"
          aria-disabled={pending || undefined}
          onClick={() => pending || onRetryFailed()}
        >
          Retry failed ({failedCount})
        </Button>
      ) : null}
      {selected.length > 0 ? (
        <Button size="sm" variant="ghost" onClick={onClear}>
          Clear selection
        </Button>
      ) : null}
    </div>
  )
}
