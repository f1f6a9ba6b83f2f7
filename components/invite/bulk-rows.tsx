"use client"

import { useFormContext, useFormState, useWatch } from "react-hook-form"

import type { InviteFormValues } from "@/lib/invite/form-schema"

import type { CustomerOption } from "./client-fields"
import type { Outcomes } from "./outcome-store"
import { RowPanel } from "./row-panel"
import { RowsTable } from "./rows-table"
import { firstRowError } from "./use-row-field"

export interface BulkRowsProps {
  /** The table's id; it takes focus when the edited row has left the list. */
  tableId: string
  outcomes: Outcomes
  /** The row open in the side panel, or null. */
  editing: number | null
  onEdit: (index: number | null) => void
  onRemove: (index: number) => void
  customers: CustomerOption[]
  canInviteCustomers: boolean
}

/**
 * What the form shows once it holds more than one row: the rows table and the side panel
 * that edits one row. Loaded apart from the page (lazy-bulk-rows.tsx): a single invitation,
 * the default, needs neither.
 */
export function BulkRows({
  tableId,
  outcomes,
  editing,
  onEdit,
  onRemove,
  customers,
  canInviteCustomers,
}: BulkRowsProps) {
  const form = useFormContext<InviteFormValues>()
  const rows = useWatch<InviteFormValues, "rows">({ name: "rows" })
  const { errors } = useFormState<InviteFormValues>({ name: "rows" })
  return (
    <>
      <RowsTable
        id={tableId}
        outcomes={outcomes}
        onEdit={onEdit}
        onRemove={onRemove}
      />
      <RowPanel
        index={editing}
        total={rows.length}
        outcome={
          editing === null ? undefined : outcomes[rows[editing]?.key ?? ""]
        }
        error={firstRowError(errors, editing)}
        customers={customers}
        canInviteCustomers={canInviteCustomers}
        onIndex={onEdit}
        fallback={() => document.getElementById(tableId)}
        onClose={() => {
          if (editing !== null) void form.trigger(`rows.${editing}`)
          onEdit(null)
        }}
      />
    </>
  )
}
