"use client"

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog"
import { useReturnFocus } from "@/components/ui/use-return-focus"
import type { GridRow } from "@/lib/contract/grid"
import { forCount, plural } from "@/lib/format"

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
  // Opened from a row or the bulk bar, not from a Radix Trigger: focus goes back to the opener.
  const returnFocus = useReturnFocus()
  const n = rows?.length ?? 0
  const agencyPays = rows?.some((r) => r.isBillToClient === false) ?? false
  const who =
    n === 1 && rows?.[0]
      ? (rows[0].clientName ?? rows[0].clientNumber ?? rows[0].clientId)
      : plural(n, "client")
  return (
    <AlertDialog open={rows !== null} onOpenChange={(o) => !o && onCancel()}>
      <AlertDialogContent {...returnFocus}>
        <AlertDialogTitle>Unlink {who}?</AlertDialogTitle>
        <AlertDialogDescription asChild>
          <div className="space-y-2">
            <p>
              Microsoft Advertising ends the link in a few minutes. Your agency
              then loses access to{" "}
              {forCount(n, "this account", "these accounts")}.
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
              This cannot be undone. To manage {forCount(n, "it", "them")}{" "}
              again, send a new invitation.
            </p>
          </div>
        </AlertDialogDescription>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep linked</AlertDialogCancel>
          <AlertDialogAction
            destructive
            onClick={() => rows && onConfirm(rows)}
          >
            Unlink {forCount(n, "", plural(n, "client"))}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  )
}
