"use client"

import type { ColumnDef } from "@tanstack/react-table"

import type { GridRow } from "@/lib/contract/grid"
import { formatDateTime } from "@/lib/format"

import {
  actionsColumn,
  clientColumn,
  noteColumn,
  selectColumn,
  sortableColumn,
  startDateColumn,
  statusColumn,
  text,
  whoPays,
} from "./columns-shared"

/** The agency view's columns: every one sorts on the server. */
export const agencyColumns: ColumnDef<GridRow>[] = [
  selectColumn,
  clientColumn,
  statusColumn,
  sortableColumn(
    "billing",
    "Who pays",
    (r) => r.isBillToClient,
    (r) => whoPays(r.isBillToClient),
  ),
  sortableColumn(
    "inviter",
    "Inviter",
    (r) => r.inviterName,
    (r) => (
      <div
        className="max-w-36 [overflow-wrap:anywhere]"
        title={r.inviterEmail ?? undefined}
      >
        {text(r.inviterName ?? r.inviterEmail)}
      </div>
    ),
  ),
  startDateColumn("Start date"),
  sortableColumn(
    "lastModified",
    "Last modified",
    (r) => r.lastModified,
    (r) => (
      <div className="whitespace-nowrap">
        <div>{formatDateTime(r.lastModified)}</div>
        {r.modifiedBy ? (
          <div
            className="text-fg-muted text-xs"
            title={`User id ${r.modifiedBy.userId}`}
          >
            by {r.modifiedBy.label}
          </div>
        ) : null}
      </div>
    ),
  ),
  sortableColumn(
    "name",
    "Name",
    (r) => r.name,
    (r) => (
      <div className="max-w-40 min-w-24 [overflow-wrap:anywhere]">
        {text(r.name)}
      </div>
    ),
  ),
  noteColumn,
  actionsColumn,
]
