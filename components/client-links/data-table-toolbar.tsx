"use client"

import { Input } from "@/components/ui/input"
import { VIEW_IDS, type ViewCounts, type ViewId } from "@/lib/grid/views"

import { ExportButton } from "./export-button"
import { IdFilters } from "./id-filters"
import type { GridParams } from "./grid-params"
import { exportUrl } from "./queries"
import { StatusViews } from "./status-views"
import type { useGridState } from "./use-grid-state"

/** Status views with counts, the text filter, id filters and the export. */
export function DataTableToolbar({
  params,
  setFilters,
  counts,
  complete,
  views = VIEW_IDS,
  viewHref,
}: {
  params: GridParams
  setFilters: ReturnType<typeof useGridState>["setFilters"]
  counts: ViewCounts | undefined
  complete: boolean
  views?: readonly ViewId[]
  viewHref: (view: ViewId) => string
}) {
  return (
    <div className="space-y-3">
      <StatusViews
        views={views}
        current={params.view}
        counts={counts}
        complete={complete}
        hrefOf={viewHref}
        onSelect={(view) => void setFilters({ view })}
      />
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-64">
          <label htmlFor="grid-q" className="text-fg-muted mb-1 block text-xs">
            Name or number
          </label>
          <Input
            id="grid-q"
            type="search"
            placeholder="Filter by name or number"
            value={params.q}
            onChange={(e) => void setFilters({ q: e.target.value })}
          />
        </div>
        <IdFilters
          accounts={params.accounts}
          customers={params.customers}
          onApply={(accounts, customers) =>
            void setFilters({ accounts, customers })
          }
        />
        <ExportButton url={exportUrl(params)} />
      </div>
    </div>
  )
}
