"use client"

import {
  type ColumnDef,
  getCoreRowModel,
  type RowSelectionState,
  type SortingState,
  type Updater,
  useReactTable,
} from "@tanstack/react-table"
import { useCallback, useState } from "react"

import type { GridRow } from "@/lib/contract/grid"
import { SORT_KEYS, type SortKey } from "@/lib/grid/views"

import type { GridParams } from "./grid-params"
import type { GridMeta } from "./row-actions-for"
import type { useGridState } from "./use-grid-state"

const EMPTY: GridRow[] = []
const isSortKey = (id: string): id is SortKey =>
  (SORT_KEYS as readonly string[]).includes(id)
const apply = <T>(u: Updater<T>, old: T): T =>
  u instanceof Function ? u(old) : u

/** TanStack Table in manual mode: the server pages and sorts, the URL holds the state, rows are keyed by their link pair. */
export function useGridTable({
  rows,
  total,
  columns,
  params,
  setSort,
  meta,
  rowSelection,
  onRowSelectionChange,
}: {
  rows: GridRow[] | undefined
  total: number
  columns: ColumnDef<GridRow>[]
  params: GridParams
  setSort: ReturnType<typeof useGridState>["setSort"]
  meta: GridMeta
  rowSelection: RowSelectionState
  onRowSelectionChange: (u: Updater<RowSelectionState>) => void
}) {
  const sorting: SortingState = [
    { id: params.sort, desc: params.order === "desc" },
  ]

  // TanStack Table v8 is not React-Compiler-safe; the compiler skips this hook, as intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows ?? EMPTY,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.key,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    rowCount: total,
    state: {
      sorting,
      rowSelection,
      pagination: { pageIndex: params.page - 1, pageSize: params.pageSize },
    },
    onSortingChange: (u) => {
      const next = apply(u, sorting)[0]
      if (next && isSortKey(next.id))
        void setSort(next.id, next.desc ? "desc" : "asc")
    },
    onRowSelectionChange,
    meta: { grid: meta },
  })

  const selected = (rows ?? EMPTY).filter((r) => rowSelection[r.key])
  return { table, selected }
}

/**
 * Row selection that belongs to one view of the data (`scope`: the query string). Paging,
 * sorting or filtering, also by back/forward, starts with nothing selected, without an
 * effect syncing the two.
 */
export function useScopedSelection(scope: string) {
  const [selection, setSelection] = useState<{
    scope: string
    rows: RowSelectionState
  }>({ scope, rows: {} })
  const rowSelection = selection.scope === scope ? selection.rows : {}

  const onRowSelectionChange = useCallback(
    (u: Updater<RowSelectionState>) =>
      setSelection((prev) => {
        const old = prev.scope === scope ? prev.rows : {}
        return { scope, rows: typeof u === "function" ? u(old) : u }
      }),
    [scope],
  )

  const select = useCallback(
    (keys: string[]) =>
      setSelection({
        scope,
        rows: Object.fromEntries(keys.map((k) => [k, true])),
      }),
    [scope],
  )

  return { rowSelection, onRowSelectionChange, select }
}
