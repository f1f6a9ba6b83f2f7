"use client"

import type { ColumnDef } from "@tanstack/react-table"

import { Checkbox } from "@/components/ui/checkbox"
import type { GridRow } from "@/lib/contract/grid"
import { formatDate } from "@/lib/format"

import type { RowFailure } from "./actions/status-outcome"
import { DataTableColumnHeader } from "./data-table-column-header"
import { DataTableRowActions } from "./data-table-row-actions"
import { StatusBadge } from "./status-badge"

export const text = (v: string | null) => v ?? "—"
export const clientLabel = (r: GridRow) =>
  r.clientName ?? r.clientNumber ?? r.clientId

export const selectColumn: ColumnDef<GridRow> = {
  id: "select",
  enableSorting: false,
  header: ({ table }) => (
    <Checkbox
      aria-label="Select all rows on this page"
      checked={
        table.getIsAllPageRowsSelected()
          ? true
          : table.getIsSomePageRowsSelected()
            ? "indeterminate"
            : false
      }
      onCheckedChange={(v) => table.toggleAllPageRowsSelected(v === true)}
    />
  ),
  cell: ({ row }) => (
    <Checkbox
      aria-label={`Select ${clientLabel(row.original)}`}
      checked={row.getIsSelected()}
      onCheckedChange={(v) => row.toggleSelected(v === true)}
    />
  ),
}

export const clientColumnTitled = (title: string): ColumnDef<GridRow> => ({
  id: "client",
  accessorFn: (r) => r.clientName,
  header: ({ column }) => (
    <DataTableColumnHeader column={column} title={title} />
  ),
  cell: ({ row, table }) => {
    const r = row.original
    const failure = table.options.meta?.grid?.rowErrors.get(r.key)
    return (
      <div className="w-52">
        <div className="font-medium [overflow-wrap:anywhere]">
          {clientLabel(r)}
        </div>
        <div className="text-fg-muted text-xs whitespace-nowrap">
          {r.clientNumber ?? "—"} ·{" "}
          {r.type === "AccountLink" ? "Account" : "Customer"} {r.clientId}
        </div>
        {failure ? <RowFailureNote failure={failure} /> : null}
      </div>
    )
  },
})

export const clientColumn = clientColumnTitled("Client")

/** A column the server sorts by `id`, with a sort button in its header. */
export function sortableColumn(
  id: string,
  title: string,
  accessorFn: (r: GridRow) => unknown,
  cell: (r: GridRow) => React.ReactNode,
): ColumnDef<GridRow> {
  return {
    id,
    accessorFn,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title={title} />
    ),
    cell: ({ row }) => cell(row.original),
  }
}

export const statusColumn = sortableColumn(
  "status",
  "Status",
  (r) => r.status,
  (r) => <StatusBadge row={r} />,
)

export const startDateColumn = (title: string) =>
  sortableColumn(
    "startDate",
    title,
    (r) => r.startDate,
    (r) => <span className="whitespace-nowrap">{formatDate(r.startDate)}</span>,
  )

export const noteColumn = sortableColumn(
  "note",
  "Note",
  (r) => r.note,
  (r) => (
    <div className="text-fg-muted max-w-48 min-w-24 [overflow-wrap:anywhere]">
      {text(r.note)}
    </div>
  ),
)

export const actionsColumn: ColumnDef<GridRow> = {
  id: "actions",
  enableSorting: false,
  header: () => <span className="sr-only">Actions</span>,
  cell: ({ row, table }) => {
    const meta = table.options.meta?.grid
    return meta ? <DataTableRowActions row={row.original} meta={meta} /> : null
  },
}

export const whoPays = (isBillToClient: boolean | null) =>
  isBillToClient === null ? "—" : isBillToClient ? "Client" : "Agency"

/**
 * Why the last action failed for one row. Microsoft's refusal shows its help, code and
 * TrackingId; a failure of ours (no answer, our route refused) shows only our sentence,
 * never a Microsoft code.
 */
export function RowFailureNote({ failure }: { failure: RowFailure }) {
  if (failure.source === "local") {
    const { message, trackingId } = failure.local
    return (
      <p className="text-status-attention mt-1 text-xs">
        <span className="font-medium">{message}</span>
        {trackingId ? (
          <span className="text-fg-muted"> (TrackingId {trackingId})</span>
        ) : null}
      </p>
    )
  }
  return (
    <ul className="text-status-attention mt-1 space-y-0.5 text-xs" role="list">
      {failure.errors.map((e, i) => (
        <li key={i}>
          <span className="font-medium">{e.help}</span> {e.detail?.concat(" ")}
          <span className="text-fg-muted">
            (code {e.code}
            {e.trackingId ? `, TrackingId ${e.trackingId}` : ""})
          </span>
        </li>
      ))}
    </ul>
  )
}
