"use client"

import { useRef } from "react"

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog"
import type { GridRow } from "@/lib/client-links/grid-schema"

/** Confirms an unlink: what happens to billing, that ads may pause, that it is final. */
export function UnlinkDialog({
  rows,
  onCancel,
  onConfirm,
}: {
  rows: GridRow[] | null
  onCancel: () => void
  onConfirm: (rows: GridRow[]) => void
}) {
  // Opened from a row or the bulk bar, not from a Radix Trigger: Radix would send focus to
  // <body> on close, so remember the opener and give focus back to it (if it still exists).
  const opener = useRef<HTMLElement | null>(null)
  const n = rows?.length ?? 0
  const agencyPays = rows?.some((r) => r.isBillToClient === false) ?? false
  const who =
    n === 1 && rows?.[0]
      ? (rows[0].clientName ?? rows[0].clientNumber ?? rows[0].clientId)
      : `${n} clients`
  return (
    <AlertDialog open={rows !== null} onOpenChange={(o) => !o && onCancel()}>
      <AlertDialogContent
        onOpenAutoFocus={() => {
          const active = document.activeElement
          opener.current = active instanceof HTMLElement ? active : null
        }}
        onCloseAutoFocus={(e) => {
          if (!opener.current?.isConnected) return
          e.preventDefault()
          opener.current.focus()
        }}
      >
        <AlertDialogTitle>Unlink {who}?</AlertDialogTitle>
        <AlertDialogDescription asChild>
          <div className="space-y-2">
            <p>
              Microsoft Advertising ends the link in a few minutes. Your agency
              then loses access to {n === 1 ? "this account" : "these accounts"}
              .
            </p>
            <p>
              <strong className="text-fg font-medium">Billing:</strong>{" "}
              {agencyPays
                ? "your agency stops paying for these ads; the client's own payment method is charged from then on."
                : "the client keeps paying with its own payment method."}{" "}
              <strong className="text-fg font-medium">Ads may pause</strong> if
              the client has no valid payment method set up.
            </p>
            <p>
              This cannot be undone. To manage {n === 1 ? "it" : "them"} again,
              send a new invitation.
            </p>
          </div>
        </AlertDialogDescription>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep linked</AlertDialogCancel>
          <AlertDialogAction
            destructive
            onClick={() => rows && onConfirm(rows)}
          >
            Unlink {n === 1 ? "" : `${n} clients`}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  )
}
