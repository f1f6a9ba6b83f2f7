"use client"

import { useState } from "react"
import { useFormState, useWatch } from "react-hook-form"

import { Button } from "@/components/ui/button"
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table"
import type { InviteFormValues } from "@/lib/invite/form-schema"
import { cn } from "@/lib/utils"

import type { Outcomes } from "./outcome-store"
import { RowFilters, type RowFilter } from "./row-filters"
import { rowState, RowStatus } from "./row-status"
import { ROWS_PAGE_SIZE } from "./rows-page"
import { TablePager } from "./table-pager"
import { firstRowError } from "./use-row-field"

/** The compact list of rows, a page at a time. */
export function RowsTable({
  id,
  outcomes,
  onEdit,
  onRemove,
}: {
  /** The table's id; it takes focus (tabIndex -1) when the edited row left the list. */
  id: string
  outcomes: Outcomes
  onEdit: (index: number) => void
  onRemove: (index: number) => void
}) {
  const rows = useWatch<InviteFormValues, "rows">({ name: "rows" })
  const { errors } = useFormState<InviteFormValues>({ name: "rows" })
  const [filter, setFilter] = useState<RowFilter>("all")
  const [page, setPage] = useState(0)

  const firstError = (i: number) => firstRowError(errors, i)
  const all = rows.map((row, index) => ({
    row,
    index,
    error: firstError(index),
    state: rowState(outcomes[row.key], firstError(index)),
  }))
  const shown = all.filter((r) => filter === "all" || r.state === filter)
  const pages = Math.max(1, Math.ceil(shown.length / ROWS_PAGE_SIZE))
  const current = Math.min(page, pages - 1)
  const slice = shown.slice(
    current * ROWS_PAGE_SIZE,
    (current + 1) * ROWS_PAGE_SIZE,
  )

  return (
    <div className="grid gap-3">
      <RowFilters
        value={filter}
        counts={all.map((r) => r.state)}
        onChange={(f) => {
          setFilter(f)
          setPage(0)
        }}
      />
      <Table id={id} tabIndex={-1} aria-label="Invitation rows">
        <TableHeader>
          <TableRow>
            <TableHead className="w-12">Row</TableHead>
            <TableHead>Type</TableHead>
            <TableHead>Client</TableHead>
            <TableHead>Name</TableHead>
            <TableHead>Who pays</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="w-32">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {slice.map(({ row, index, error, state }) => (
            <TableRow
              key={row.key}
              className={cn(
                "align-top",
                (state === "invalid" || state === "failed") &&
                  "bg-status-attention-bg/40 hover:bg-status-attention-bg/60",
              )}
            >
              <TableCell className="text-fg-muted py-2 tabular-nums">
                {index + 1}
              </TableCell>
              <TableCell className="py-2 whitespace-nowrap">
                {row.Type === "CustomerLink"
                  ? "Customer"
                  : row.Type === "AccountLink"
                    ? "Account"
                    : row.Type}
              </TableCell>
              <TableCell className="py-2 font-mono text-xs">
                {row.ClientEntityId || row.ClientEntityNumber || "—"}
              </TableCell>
              <TableCell className="max-w-48 truncate py-2">
                {row.Name || <span className="text-fg-muted">—</span>}
              </TableCell>
              <TableCell className="py-2 whitespace-nowrap">
                {row.Type === "CustomerLink"
                  ? "—"
                  : row.IsBillToClient === "true"
                    ? "Client"
                    : row.IsBillToClient === "false"
                      ? "Agency"
                      : "—"}
              </TableCell>
              <TableCell className="py-2">
                <RowStatus outcome={outcomes[row.key]} error={error} />
              </TableCell>
              <TableCell className="py-1.5 text-right whitespace-nowrap">
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => onEdit(index)}
                  aria-label={`${state === "sent" ? "View" : "Edit"} row ${index + 1}`}
                >
                  {state === "sent" ? "View" : "Edit"}
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={state === "sending"}
                  onClick={() => onRemove(index)}
                  aria-label={`Remove row ${index + 1}`}
                >
                  Remove
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePager
        page={current}
        pages={pages}
        pageSize={ROWS_PAGE_SIZE}
        total={shown.length}
        onPage={setPage}
      />
    </div>
  )
}
