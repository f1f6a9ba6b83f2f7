"use client"

import { Input } from "@/components/ui/input"
import { TabsList, TabsTrigger } from "@/components/ui/tabs"
import {
  VIEW_IDS,
  VIEW_LABELS,
  type ViewCounts,
  type ViewId,
} from "@/lib/grid/views"

import { ExportButton } from "./export-button"
import { IdFilters } from "./id-filters"
import type { GridParams } from "./grid-params"
import { exportUrl } from "./queries"
import type { useGridState } from "./use-grid-state"
import { formatNumber } from "@/lib/format"

/** Status view tabs with counts, the text filter, id filters and the export. */
export function DataTableToolbar({
  params,
  setFilters,
  counts,
  complete,
  views = VIEW_IDS,
}: {
  params: GridParams
  setFilters: ReturnType<typeof useGridState>["setFilters"]
  counts: ViewCounts | undefined
  complete: boolean
  views?: readonly ViewId[]
}) {
  return (
    <div className="space-y-3">
      <TabsList aria-label="Status views" className="overflow-x-auto">
        {views.map((view) => (
          <TabsTrigger key={view} value={view}>
            {VIEW_LABELS[view]}
            <span className="bg-subtle text-fg-muted ml-1.5 rounded px-1.5 py-px text-xs tabular-nums">
              {counts ? formatNumber(counts[view]) : "–"}
              {counts && !complete ? "+" : ""}
            </span>
          </TabsTrigger>
        ))}
      </TabsList>
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
