"use client"

import { Button } from "@/components/ui/button"
import { Select } from "@/components/ui/select"
import { formatNumber } from "@/lib/format"
import { PAGE_SIZES } from "@/lib/grid/views"

/** Server-side paging: the page count comes from the server's total. */
export function DataTablePagination({
  page,
  pageSize,
  total,
  setPage,
  setPageSize,
}: {
  page: number
  pageSize: number
  total: number
  setPage: (page: number) => void
  setPageSize: (size: number) => void
}) {
  // A URL may ask for a size the menu does not offer (the API serves any up to 100).
  const sizes: readonly number[] = (PAGE_SIZES as readonly number[]).includes(
    pageSize,
  )
    ? PAGE_SIZES
    : [...PAGE_SIZES, pageSize].sort((a, b) => a - b)
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1
  const last = Math.min(total, page * pageSize)
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 text-[13px]"
    >
      <p className="text-fg-muted" aria-live="polite">
        {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="grid-page-size" className="text-fg-muted text-xs">
          Rows per page
        </label>
        <Select
          id="grid-page-size"
          className="w-20"
          value={pageSize}
          onChange={(e) => setPageSize(Number(e.target.value))}
        >
          {sizes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        <span className="px-1 tabular-nums">
          Page {formatNumber(page)} of {formatNumber(pageCount)}
        </span>
        <Button
          size="sm"
          variant="secondary"
          disabled={page <= 1}
          onClick={() => setPage(1)}
          aria-label="First page"
        >
          «
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={page <= 1}
          onClick={() => setPage(page - 1)}
          aria-label="Previous page"
        >
          ‹ Previous
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={page >= pageCount}
          onClick={() => setPage(page + 1)}
          aria-label="Next page"
        >
          Next ›
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={page >= pageCount}
          onClick={() => setPage(pageCount)}
          aria-label="Last page"
        >
          »
        </Button>
      </div>
    </nav>
  )
}
