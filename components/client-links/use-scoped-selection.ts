"use client"

import type { RowSelectionState, Updater } from "@tanstack/react-table"
import { useCallback, useState } from "react"

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
