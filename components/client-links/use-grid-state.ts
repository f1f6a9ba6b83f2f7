"use client"

import { usePathname } from "next/navigation"
import { createSerializer, debounce, useQueryStates } from "nuqs"
import { useCallback, useEffect, useMemo, useState } from "react"

import type { ViewId } from "@/lib/grid/views"

import { type GridParams, gridParamsFor } from "./grid-params"

type Filters = Partial<
  Pick<GridParams, "view" | "q" | "accounts" | "customers">
>

/**
 * The grid's state lives in the URL only: no copy in React state to keep in sync.
 * Each change is a history entry (back and forward step through views); typing in the
 * text filter replaces the entry and is debounced. Any filter or sort change goes back
 * to page 1 (the default, so `page` leaves the URL).
 */
export function useGridState(defaultView?: ViewId) {
  const parsers = useMemo(() => gridParamsFor(defaultView), [defaultView])
  const [state, setState] = useQueryStates(parsers, { history: "push" })

  const setFilters = useCallback(
    (filters: Filters) => {
      const typing = Object.keys(filters).length === 1 && "q" in filters
      return setState(
        { ...filters, page: null },
        typing
          ? { history: "replace", limitUrlUpdates: debounce(300) }
          : undefined,
      )
    },
    [setState],
  )

  const setSort = useCallback(
    (sort: GridParams["sort"], order: GridParams["order"]) =>
      setState({ sort, order, page: null }),
    [setState],
  )

  const setPage = useCallback(
    (page: number) => setState({ page: Math.max(1, page) }),
    [setState],
  )

  const setPageSize = useCallback(
    (pageSize: GridParams["pageSize"]) => setState({ pageSize, page: null }),
    [setState],
  )

  // A view's own URL: this state on that view, back on page 1 (for the view links).
  const pathname = usePathname()
  const viewHref = useCallback(
    (view: ViewId) =>
      createSerializer(parsers)(pathname, { ...state, view, page: null }),
    [parsers, pathname, state],
  )

  const params: GridParams = useMemo(
    () => ({ ...state, page: Math.max(1, state.page) }),
    [state],
  )

  return { params, setFilters, setSort, setPage, setPageSize, viewHref }
}

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return debounced
}
