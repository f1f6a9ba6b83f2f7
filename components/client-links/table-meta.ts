import type { RowData } from "@tanstack/react-table"

import type { GridRow } from "@/lib/client-links/grid-schema"
import type { RowError, StatusAction } from "@/lib/client-links/requests"
import type { Actor } from "@/lib/client-links/status"

/** What a user may do, from the server session (never trusted by the server itself). */
export interface GridPermissions {
  inviteAccountLinks: boolean
  inviteCustomerLinks: boolean
  respond: boolean
  cancelOrUnlink: boolean
}

export interface GridMeta {
  actor: Actor
  permissions: GridPermissions
  /** Errors of the last action, per row key. */
  rowErrors: ReadonlyMap<string, RowError[]>
  /** Rows with an action in flight. */
  busy: ReadonlySet<string>
  run: (action: StatusAction, rows: GridRow[]) => void
  requestUnlink: (rows: GridRow[]) => void
}

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface TableMeta<TData extends RowData> {
    grid?: GridMeta
  }
}
