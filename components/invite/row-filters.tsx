import { cn } from "@/lib/utils"

import type { RowState } from "./row-status"

export type RowFilter = "all" | Exclude<RowState, "sending">

const FILTERS: { value: RowFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "invalid", label: "Needs fixing" },
  { value: "ready", label: "Ready" },
  { value: "failed", label: "Failed" },
  { value: "sent", label: "Sent" },
]

/** Toggle buttons (aria-pressed) that narrow the table to one state. */
export function RowFilters({
  value,
  counts,
  onChange,
}: {
  value: RowFilter
  counts: RowState[]
  onChange: (filter: RowFilter) => void
}) {
  const count = (f: RowFilter) =>
    f === "all" ? counts.length : counts.filter((s) => s === f).length
  return (
    <div role="group" aria-label="Show rows" className="flex flex-wrap gap-1">
      {FILTERS.map((f) => {
        const n = count(f.value)
        if (f.value !== "all" && n === 0 && value !== f.value) return null
        return (
          <button
            key={f.value}
            type="button"
            aria-pressed={value === f.value}
            onClick={() => onChange(f.value)}
            className={cn(
              "text-fg-muted hover:bg-subtle hover:text-fg inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 text-xs font-medium",
              "aria-pressed:bg-subtle aria-pressed:text-fg aria-pressed:ring-border aria-pressed:ring-1",
            )}
          >
            {f.label}
            <span className="tabular-nums opacity-70">{n}</span>
          </button>
        )
      })}
    </div>
  )
}
