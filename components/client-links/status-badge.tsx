"use client"

import { Badge } from "@/components/ui/badge"
import { Tooltip } from "@/components/ui/tooltip"
import type { GridRow } from "@/lib/contract/grid"

import { statusNotes } from "./status-notes"
import { STATUS_TEXT, statusTone } from "./status-text"

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
      {statusNotes(row).map((note) => (
        <span
          key={note.text}
          className={
            note.urgent
              ? "text-status-attention text-2xs font-medium"
              : "text-fg-muted text-2xs"
          }
          title={note.title}
        >
          {note.text}
        </span>
      ))}
    </div>
  )
}
