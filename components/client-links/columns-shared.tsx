"use client"

import type { ColumnDef } from "@tanstack/react-table"

import { Checkbox } from "@/components/ui/checkbox"
import type { GridRow } from "@/lib/client-links/grid-schema"

import { DataTableColumnHeader } from "./data-table-column-header"
import { DataTableRowActions } from "./data-table-row-actions"
import { RowErrorNote } from "./row-error"

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
    const errors = table.options.meta?.grid?.rowErrors.get(r.key)
    return (
      <div className="w-56">
        <div className="truncate font-medium" title={clientLabel(r)}>
          {clientLabel(r)}
        </div>
        <div className="text-fg-muted text-xs whitespace-nowrap">
          {r.clientNumber ?? "—"} ·{" "}
          {r.type === "AccountLink" ? "Account" : "Customer"} {r.clientId}
        </div>
        {errors ? <RowErrorNote errors={errors} /> : null}
      </div>
    )
  },
})

export const clientColumn = clientColumnTitled("Client")

export const actionsColumn: ColumnDef<GridRow> = {
  id: "actions",
  enableSorting: false,
  header: () => <span className="sr-only">Actions</span>,
  cell: ({ row, table }) => {
    const meta = table.options.meta?.grid
    return meta ? <DataTableRowActions row={row.original} meta={meta} /> : null
  },
}
