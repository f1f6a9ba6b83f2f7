"use client"

import { Badge } from "@/components/ui/badge"
import { Tooltip } from "@/components/ui/tooltip"
import type { GridRow } from "@/lib/client-links/grid-schema"

import { STATUS_TEXT, statusTone } from "./status-text"

const dateFmt = new Intl.DateTimeFormat("en", { dateStyle: "medium" })

/** The status badge; its tooltip (also its accessible description) says what it means. */
export function StatusBadge({ row }: { row: GridRow }) {
  const text = STATUS_TEXT[row.status]
  return (
    <div className="flex flex-col items-start gap-0.5">
      <Tooltip content={text.explain}>
        <button
          type="button"
          className="rounded-full"
          aria-label={`Status: ${text.label}`}
        >
          <Badge tone={statusTone(row.status)} dot>
            {text.label}
          </Badge>
        </button>
      </Tooltip>
      {row.daysLeft !== null ? (
        <span
          className={
            row.daysLeft <= 7
              ? "text-status-attention text-2xs font-medium"
              : "text-fg-muted text-2xs"
          }
          title={
            row.expiresAt
              ? `Expires ${dateFmt.format(new Date(row.expiresAt))}`
              : undefined
          }
        >
          {row.daysLeft === 0
            ? "Expires today"
            : `${row.daysLeft} day${row.daysLeft === 1 ? "" : "s"} left`}
        </span>
      ) : null}
      {row.stuck ? (
        <span className="text-status-attention text-2xs font-medium">
          Stuck over 30 min
        </span>
      ) : null}
    </div>
  )
}
