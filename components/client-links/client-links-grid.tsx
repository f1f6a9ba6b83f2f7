"use client"

import { useQuery, useQueryClient } from "@tanstack/react-query"
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react"

import { Card } from "@/components/ui/card"
import { whenIdle } from "@/components/ui/when-idle"
import type { GridRow } from "@/lib/contract/grid"
import { VIEW_IDS } from "@/lib/grid/views"
import type { Actor } from "@/lib/link-rules/status"

import { ActionProgress } from "./actions/action-progress"
import { BulkActions } from "./actions/bulk-actions"
import { useStatusAction } from "./actions/use-status-action"
import { agencyColumns } from "./columns"
import { DataTable } from "./data-table"
import { DataTablePagination } from "./data-table-pagination"
import { DataTableToolbar } from "./data-table-toolbar"
import { GridEmpty } from "./grid-empty"
import { defaultViewFor, toSearchParams } from "./grid-params"
import { ErrorNotice, GatherNotice } from "./grid-notices"
import { invitationColumns } from "./invitation-columns"
import { useFocusKeeper } from "./use-focus-keeper"
import { clientLinkQueries } from "./queries"
import type { GridMeta, GridPermissions } from "./row-actions-for"
import { useDebounced, useGridState } from "./use-grid-state"
import { useGridTable, useScopedSelection } from "./use-grid-table"

// Loaded when first asked for, so the dialog code is not in the grid's first load. React's
// own lazy: next/dynamic would add its loader (~2 KB gzip) to every page of the grid.
const UnlinkDialog = lazy(() =>
  import("./actions/unlink-dialog").then((m) => ({ default: m.UnlinkDialog })),
)

/** The client-links grid: agency links, or a client's "Invitations for you". */
export function ClientLinksGrid({
  actor,
  permissions,
}: {
  actor: Actor
  permissions: GridPermissions
}) {
  const state = useGridState(defaultViewFor(actor))
  const { params, setFilters } = state
  const q = useDebounced(params.q, 300)
  const queryParams = useMemo(() => ({ ...params, q }), [params, q])
  const query = useQuery(clientLinkQueries.list(queryParams))
  const data = query.data
  const queryClient = useQueryClient()

  const [unlinkRows, setUnlinkRows] = useState<GridRow[] | null>(null)
  const root = useRef<HTMLDivElement>(null)
  const keepFocus = useFocusKeeper(root)
  // Mounted from the first request on and kept, so it opens and closes as before.
  const [unlinkAsked, setUnlinkAsked] = useState(false)
  const selection = useScopedSelection(toSearchParams(params).toString())
  const { select } = selection
  const actions = useStatusAction(select)
  const meta: GridMeta = {
    actor,
    permissions,
    rowErrors: actions.rowErrors,
    busy: actions.busy,
    run: actions.run,
    requestUnlink: (rows) => {
      setUnlinkAsked(true)
      setUnlinkRows(rows)
    },
  }
  const columns = actor === "client" ? invitationColumns : agencyColumns
  const { table, selected } = useGridTable({
    rows: data?.rows,
    total: data?.total ?? 0,
    columns,
    params,
    setSort: state.setSort,
    meta,
    ...selection,
  })

  const pageCount = data ? Math.ceil(data.total / data.pageSize) : 0
  const complete = data?.complete ?? false
  // The next page once the browser is idle, not while this page renders; keyed on the
  // params (not each answer), so a poll does not schedule it again.
  useEffect(() => {
    if (!complete || queryParams.page >= pageCount) return
    return whenIdle(
      () =>
        void queryClient.prefetchQuery(
          clientLinkQueries.list({
            ...queryParams,
            page: queryParams.page + 1,
          }),
        ),
    )
  }, [complete, pageCount, queryClient, queryParams])

  return (
    <div ref={root} {...keepFocus} className="space-y-3">
      <DataTableToolbar
        params={params}
        setFilters={setFilters}
        counts={data?.counts}
        complete={data?.complete ?? false}
        views={VIEW_IDS}
        viewHref={state.viewHref}
      />
      {data && !data.complete ? (
        <GatherNotice progress={data.progress} />
      ) : null}
      {query.error ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      <BulkActions
        selected={selected}
        meta={meta}
        failedCount={actions.failed?.rows.length ?? 0}
        onRetryFailed={actions.retryFailed}
        onClear={() => select([])}
        pending={actions.pending}
      />
      <ActionProgress
        running={actions.running}
        waiting={actions.waiting}
        onCancelWait={actions.cancelWait}
      />
      <Card className="overflow-hidden p-0">
        <DataTable
          table={table}
          columns={columns}
          caption={actor === "client" ? "Invitations for you" : "Client links"}
          // isPlaceholderData first: TanStack re-renders only for the fields a render
          // read, so a background poll's fetching flag does not re-render the grid.
          busy={query.isPlaceholderData && query.isFetching}
          empty={
            <GridEmpty
              loading={query.isPending}
              failed={!!query.error}
              params={params}
              actor={actor}
              onClear={() =>
                void setFilters({ q: "", accounts: [], customers: [] })
              }
            />
          }
        />
      </Card>
      {data ? (
        <DataTablePagination
          page={params.page}
          pageSize={params.pageSize}
          total={data.total}
          setPage={(p) => void state.setPage(p)}
          setPageSize={(s) => void state.setPageSize(s)}
        />
      ) : null}
      {unlinkAsked ? (
        <Suspense fallback={null}>
          <UnlinkDialog
            rows={unlinkRows}
            onCancel={() => setUnlinkRows(null)}
            onConfirm={(rows) => {
              setUnlinkRows(null)
              actions.run("unlink", rows)
            }}
          />
        </Suspense>
      ) : null}
    </div>
  )
}
