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
import { forCount, plural } from "@/lib/format"

/** The discard confirmation itself, loaded by DiscardButton on first intent (focus starts on Cancel). */
export function DiscardDialog({
  open,
  onOpenChange,
  rows,
  onDiscard,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  rows: number
  onDiscard: () => void
}) {
  // Opened from state, not from a Radix Trigger: focus goes back to "Discard draft".
  const returnFocus = useReturnFocus()
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent {...returnFocus}>
        <AlertDialogTitle>Discard this draft?</AlertDialogTitle>
        <AlertDialogDescription>
          {forCount(rows, "The invitation", `All ${plural(rows, "row")}`)} and
          their results will be removed from this browser. Invitations already
          sent stay sent.
        </AlertDialogDescription>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep the draft</AlertDialogCancel>
          <AlertDialogAction destructive onClick={onDiscard}>
            Discard
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  )
}
