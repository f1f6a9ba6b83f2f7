"use client"

import { useEffect, useState } from "react"

import { Button } from "@/components/ui/button"
import { loadOnIntent } from "@/components/ui/load-on-intent"
import { Spinner } from "@/components/ui/spinner"
import { whenIdle } from "@/components/ui/when-idle"

import { plural } from "@/lib/format"

import type { BulkRowsProps } from "./bulk-rows"
import { ROWS_PAGE_SIZE } from "./rows-page"

// The rows table, its filters and pager and the side panel with Radix's dialog stack:
// not needed while the form holds one invitation, the default.
const bulkRows = loadOnIntent(() => import("./bulk-rows"))

/**
 * Fetches the bulk code once the browser is idle after the first paint, so that going
 * from one row to several (Add invitation, a CSV import) shows the table at once.
 */
export function usePrefetchBulkRows() {
  useEffect(
    () =>
      whenIdle(() => {
        bulkRows.start().catch((e: unknown) => {
          // Not lost: the table asks again when it is needed, and says so if it fails.
          console.error("The rows table did not load ahead of time.", e)
        })
      }),
    [],
  )
}

/**
 * BulkRows, loaded on first need: until it arrives a skeleton of the table holds its
 * place (the rows themselves are safe in the form); a failed load offers to try again.
 */
export function LazyBulkRows({
  rowCount,
  ...props
}: BulkRowsProps & { rowCount: number }) {
  const bulk = bulkRows.useModule()
  const [failed, setFailed] = useState(false)
  const load = () =>
    bulkRows.start().catch((e: unknown) => {
      console.error("The rows table did not load.", e)
      setFailed(true)
    })
  useEffect(() => void load(), [])
  if (bulk) return <bulk.BulkRows {...props} />
  if (failed)
    return (
      <div role="alert" className="flex items-center gap-3 p-3 text-[13px]">
        <p className="flex-1">
          The rows table did not load. Your {plural(rowCount, "row")} are kept
          in this browser.
        </p>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            setFailed(false)
            void load()
          }}
        >
          Try again
        </Button>
      </div>
    )
  return <RowsSkeleton rows={Math.min(rowCount, ROWS_PAGE_SIZE)} />
}

/** The table's outline at its final height, so nothing jumps when it arrives. */
function RowsSkeleton({ rows }: { rows: number }) {
  return (
    <div className="grid gap-3" aria-busy="true">
      <div className="flex h-7 items-center">
        <Spinner label="Loading the rows" />
      </div>
      <div className="overflow-hidden rounded-md">
        <div className="bg-subtle/60 h-[33px] border-b" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex h-[41px] items-center border-b px-3">
            <div className="bg-subtle h-3 w-full max-w-md rounded" />
          </div>
        ))}
      </div>
    </div>
  )
}
