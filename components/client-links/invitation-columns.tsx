"use client"

import type { ColumnDef } from "@tanstack/react-table"

import type { GridRow } from "@/lib/contract/grid"
import { formatDateTime } from "@/lib/format"

import {
  actionsColumn,
  clientColumnTitled,
  noteColumn,
  selectColumn,
  sortableColumn,
  startDateColumn,
  statusColumn,
  text,
} from "./columns-shared"

/** "Invitations for you": who invites, who will pay and from when, then accept or decline. */
export const invitationColumns: ColumnDef<GridRow>[] = [
  selectColumn,
  sortableColumn(
    "inviter",
    "Agency and inviter",
    (r) => r.inviterName,
    (r) => (
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
    ),
  ),
  clientColumnTitled("Your account"),
  statusColumn,
  sortableColumn(
    "billing",
    "Who will pay",
    (r) => r.isBillToClient,
    (r) =>
      r.isBillToClient === null
        ? "—"
        : r.isBillToClient
          ? "You (the client)"
          : "The agency",
  ),
  startDateColumn("From"),
  sortableColumn(
    "lastModified",
    "Sent or changed",
    (r) => r.lastModified,
    (r) => (
      <span className="whitespace-nowrap">
        {formatDateTime(r.lastModified)}
      </span>
    ),
  ),
  noteColumn,
  actionsColumn,
]
