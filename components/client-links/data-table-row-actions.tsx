"use client"

import Link from "next/link"

import { Button, buttonClassName } from "@/components/ui/button"
import type { GridRow } from "@/lib/contract/grid"

import { actionsFor, reinviteHref } from "./row-actions-for"
import type { GridMeta } from "./row-actions-for"

const LABELS = {
  accept: "Accept",
  decline: "Decline",
  cancel: "Cancel invitation",
  unlink: "Unlink…",
} as const

/** The actions this user may take on this row; each says which client it acts on. */
export function DataTableRowActions({
  row,
  meta,
}: {
  row: GridRow
  meta: GridMeta
}) {
  const actions = actionsFor(row, meta)
  const reinvite = reinviteHref(row, meta)
  const who = row.clientName ?? row.clientNumber ?? row.clientId
  const busy = meta.busy.has(row.key)
  if (actions.length === 0 && !reinvite) return null
  return (
    <div className="flex items-center justify-end gap-1">
      {actions.map((action) => (
        <Button
          key={action}
          size="sm"
          variant={action === "accept" ? "primary" : "secondary"}
          // Not `disabled`: the button that was pressed keeps focus while the row is busy.
          aria-disabled={busy || undefined}
          aria-label={`${LABELS[action].replace("…", "")} for ${who}`}
          onClick={() => {
            if (busy) return
            if (action === "unlink") meta.requestUnlink([row])
            else meta.run(action, [row])
          }}
        >
          {LABELS[action]}
        </Button>
      ))}
      {reinvite ? (
        <Link
          href={reinvite}
          className={buttonClassName({ variant: "secondary", size: "sm" })}
          aria-label={`Re-invite ${who}`}
        >
          Re-invite
        </Link>
      ) : null}
    </div>
  )
}
