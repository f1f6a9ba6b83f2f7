"use client"

import type { ColumnDef } from "@tanstack/react-table"

import type { GridRow } from "@/lib/client-links/grid-schema"

import { DataTableColumnHeader } from "./data-table-column-header"
import {
  actionsColumn,
  clientColumn,
  formatDate,
  formatDateTime,
  selectColumn,
  text,
  whoPays,
} from "./columns-shared"
import { StatusBadge } from "./status-badge"

/** The agency view's columns: every one sorts on the server. */
export const agencyColumns: ColumnDef<GridRow>[] = [
  selectColumn,
  clientColumn,
  {
    id: "status",
    accessorFn: (r) => r.status,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Status" />
    ),
    cell: ({ row }) => <StatusBadge row={row.original} />,
  },
  {
    id: "billing",
    accessorFn: (r) => r.isBillToClient,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Who pays" />
    ),
    cell: ({ row }) => whoPays(row.original.isBillToClient),
  },
  {
    id: "inviter",
    accessorFn: (r) => r.inviterName,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Inviter" />
    ),
    cell: ({ row }) => (
      <div
        className="max-w-36 truncate"
        title={row.original.inviterEmail ?? undefined}
      >
        {text(row.original.inviterName ?? row.original.inviterEmail)}
      </div>
    ),
  },
  {
    id: "startDate",
    accessorFn: (r) => r.startDate,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Start date" />
    ),
    cell: ({ row }) => (
      <span className="whitespace-nowrap">
        {formatDate(row.original.startDate)}
      </span>
    ),
  },
  {
    id: "lastModified",
    accessorFn: (r) => r.lastModified,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Last modified" />
    ),
    cell: ({ row }) => (
      <div className="whitespace-nowrap">
        <div>{formatDateTime(row.original.lastModified)}</div>
        {row.original.lastModifiedBy ? (
          <div className="text-fg-muted text-xs">
            by user {row.original.lastModifiedBy}
          </div>
        ) : null}
      </div>
    ),
  },
  {
    id: "name",
    accessorFn: (r) => r.name,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Name" />
    ),
    cell: ({ row }) => (
      <div className="max-w-40 truncate">{text(row.original.name)}</div>
    ),
  },
  {
    id: "note",
    accessorFn: (r) => r.note,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Note" />
    ),
    cell: ({ row }) => (
      <div
        className="text-fg-muted max-w-40 truncate"
        title={row.original.note ?? undefined}
      >
        {text(row.original.note)}
      </div>
    ),
  },
  actionsColumn,
]
