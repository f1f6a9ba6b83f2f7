"use client"

import {
  type ColumnDef,
  flexRender,
  type Table as TanTable,
} from "@tanstack/react-table"

import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table"
import type { GridRow } from "@/lib/contract/grid"

// The actions stay in view while a wide table scrolls sideways.
const STICKY = "bg-surface sticky right-0 shadow-[-1px_0_0_var(--ld-border)]"
const STICKY_HEAD =
  "bg-subtle sticky right-0 shadow-[-1px_0_0_var(--ld-border)]"

/** Arrow keys move focus to the same column of the row above or below. */
function onGridKeyDown(e: React.KeyboardEvent<HTMLTableSectionElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return
  const target = e.target as HTMLElement
  const cell = target.closest("td")
  const row = cell?.parentElement
  if (!cell || !row) return
  const sibling = (
    e.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling
  ) as HTMLTableRowElement | null
  const index = Array.from(row.children).indexOf(cell)
  const focusable = sibling?.children[index]?.querySelector<HTMLElement>(
    "button, a[href], input",
  )
  if (!focusable) return
  e.preventDefault()
  focusable.focus()
}

/** The table itself: header with sort buttons, rows, and the body's empty state. */
export function DataTable({
  table,
  columns,
  caption,
  busy,
  empty,
}: {
  table: TanTable<GridRow>
  columns: ColumnDef<GridRow>[]
  caption: string
  busy: boolean
  empty: React.ReactNode
}) {
  const rows = table.getRowModel().rows
  return (
    // tabIndex: the table takes focus when the focused control left (useFocusKeeper).
    <Table aria-busy={busy || undefined} tabIndex={-1}>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted()
              return (
                <TableHead
                  key={header.id}
                  aria-sort={
                    sorted === "asc"
                      ? "ascending"
                      : sorted === "desc"
                        ? "descending"
                        : undefined
                  }
                  className={
                    header.id === "select"
                      ? "w-8"
                      : header.id === "actions"
                        ? STICKY_HEAD
                        : undefined
                  }
                >
                  {header.isPlaceholder
                    ? null
                    : flexRender(
                        header.column.columnDef.header,
                        header.getContext(),
                      )}
                </TableHead>
              )
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody
        onKeyDown={onGridKeyDown}
        className={busy ? "opacity-70 transition-opacity" : undefined}
      >
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={columns.length} className="h-auto p-0">
              {empty}
            </TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow
              key={row.id}
              data-state={row.getIsSelected() ? "selected" : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <TableCell
                  key={cell.id}
                  className={
                    cell.column.id === "actions"
                      ? `${STICKY} py-1.5 align-top`
                      : "py-1.5 align-top"
                  }
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  )
}
