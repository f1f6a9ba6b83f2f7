"use client"

import type { Column } from "@tanstack/react-table"

import { cn } from "@/lib/utils"

/** A header that sorts its column on the server: first ascending, then it flips. */
export function DataTableColumnHeader<TData, TValue>({
  column,
  title,
  className,
}: {
  column: Column<TData, TValue>
  title: string
  className?: string
}) {
  if (!column.getCanSort()) return <span className={className}>{title}</span>
  const sorted = column.getIsSorted()
  const next = sorted === "asc" ? "descending" : "ascending"
  return (
    <button
      type="button"
      onClick={() => column.toggleSorting(sorted === "asc")}
      className={cn(
        "hover:text-fg -mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5",
        sorted && "text-fg",
        className,
      )}
      aria-label={`${title}: sort ${next}`}
    >
      {title}
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3">
        {sorted === "asc" ? (
          <path d="M8 4l4 5H4z" fill="currentColor" />
        ) : sorted === "desc" ? (
          <path d="M8 12l4-5H4z" fill="currentColor" />
        ) : (
          <path d="M8 3l3 4H5zM8 13l3-4H5z" fill="currentColor" opacity="0.4" />
        )}
      </svg>
    </button>
  )
}
