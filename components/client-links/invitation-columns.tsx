"use client"

import type { ColumnDef } from "@tanstack/react-table"

import type { GridRow } from "@/lib/client-links/grid-schema"

import {
  actionsColumn,
  clientColumnTitled,
  formatDate,
  formatDateTime,
  selectColumn,
  text,
} from "./columns-shared"
import { DataTableColumnHeader } from "./data-table-column-header"
import { StatusBadge } from "./status-badge"

/** "Invitations for you": who invites, who will pay and from when, then accept or decline. */
export const invitationColumns: ColumnDef<GridRow>[] = [
  selectColumn,
  {
    id: "inviter",
    accessorFn: (r) => r.inviterName,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="Agency and inviter" />
    ),
    cell: ({ row }) => {
      const r = row.original
      return (
        <div className="w-52">
          <div className="font-medium">{text(r.managerName)}</div>
          <div className="text-fg-muted text-xs">
            Customer {r.managerNumber ?? r.managerId}
          </div>
          <div className="text-fg-muted text-xs">
            Invited by {text(r.inviterName)}
            {r.inviterEmail ? ` <${r.inviterEmail}>` : ""}
          </div>
        </div>
      )
    },
  },
  clientColumnTitled("Your account"),
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
      <DataTableColumnHeader column={column} title="Who will pay" />
    ),
    cell: ({ row }) => {
      const v = row.original.isBillToClient
      return v === null ? "—" : v ? "You (the client)" : "The agency"
    },
  },
  {
    id: "startDate",
    accessorFn: (r) => r.startDate,
    header: ({ column }) => (
      <DataTableColumnHeader column={column} title="From" />
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
      <DataTableColumnHeader column={column} title="Sent or changed" />
    ),
    cell: ({ row }) => (
      <span className="whitespace-nowrap">
        {formatDateTime(row.original.lastModified)}
      </span>
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
