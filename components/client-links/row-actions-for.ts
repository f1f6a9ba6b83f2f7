import type { RowData } from "@tanstack/react-table"

import type { GridRow } from "@/lib/contract/grid"
import { actionsAllowed, type StatusAction } from "@/lib/contract/rules"
import type { Permissions } from "@/lib/link-rules/roles"
import { type Actor, ENDED_STATUSES } from "@/lib/link-rules/status"

import type { RowFailure } from "./actions/status-outcome"

/** Only what this user's role may do to this row's status (the server checks again). */
export function actionsFor(
  row: GridRow,
  meta: Pick<GridMeta, "actor" | "permissions">,
): StatusAction[] {
  return actionsAllowed(meta.actor, meta.permissions, row.status)
}

/** An ended link of an agency can be invited again with the invite form, prefilled. */
export function reinviteHref(
  row: GridRow,
  meta: Pick<GridMeta, "actor" | "permissions">,
): string | null {
  if (meta.actor !== "agency" || !ENDED_STATUSES.has(row.status)) return null
  const allowed =
    row.type === "AccountLink"
      ? meta.permissions.inviteAccountLinks
      : meta.permissions.inviteCustomerLinks
  if (!allowed) return null
  const q = new URLSearchParams({
    Type: row.type,
    ClientEntityId: row.clientId,
  })
  // An account is named by id or number, never both (rules/add.ts); a customer link needs the number.
  if (row.type === "CustomerLink" && row.clientNumber)
    q.set("ClientEntityNumber", row.clientNumber)
  if (row.isBillToClient !== null)
    q.set("IsBillToClient", String(row.isBillToClient))
  if (row.name) q.set("Name", row.name)
  if (row.note) q.set("Note", row.note)
  return `/invite?${q.toString()}`
}

/** What a user may do, from the server session (never trusted by the server itself). */
export type GridPermissions = Permissions

export interface GridMeta {
  actor: Actor
  permissions: GridPermissions
  /** Failures of the last action, per row key. */
  rowErrors: ReadonlyMap<string, RowFailure>
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
