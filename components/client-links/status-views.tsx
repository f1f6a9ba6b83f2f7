"use client"

import { formatNumber } from "@/lib/format"
import { VIEW_LABELS, type ViewCounts, type ViewId } from "@/lib/grid/views"
import { cn } from "@/lib/utils"

/** A click the browser should handle itself: a new tab or window, or a download. */
const opensElsewhere = (e: React.MouseEvent) =>
  e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey

/**
 * The status views with their counts. Each view is its own URL, so the views are links
 * (aria-current marks the shown one): a view opens in a new tab, is copied or bookmarked
 * like any page, and a plain click switches in place without a page load.
 */
export function StatusViews({
  views,
  current,
  counts,
  complete,
  hrefOf,
  onSelect,
}: {
  views: readonly ViewId[]
  current: ViewId
  counts: ViewCounts | undefined
  complete: boolean
  hrefOf: (view: ViewId) => string
  onSelect: (view: ViewId) => void
}) {
  return (
    <nav aria-label="Status views" className="overflow-x-auto border-b">
      <ul className="flex items-center gap-1">
        {views.map((view) => (
          <li key={view} className="shrink-0">
            <a
              href={hrefOf(view)}
              aria-current={view === current ? "page" : undefined}
              onClick={(e) => {
                if (opensElsewhere(e)) return
                e.preventDefault()
                onSelect(view)
              }}
              className={cn(
                "text-fg-muted -mb-px inline-block border-b-2 border-transparent px-2.5 py-2 text-[13px] font-medium transition-colors",
                "hover:text-fg aria-[current=page]:border-fg aria-[current=page]:text-fg",
              )}
            >
              {VIEW_LABELS[view]}
              <span className="bg-subtle text-fg-muted ml-1.5 rounded px-1.5 py-px text-xs tabular-nums">
                {counts ? formatNumber(counts[view]) : "–"}
                {counts && !complete ? "+" : ""}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
