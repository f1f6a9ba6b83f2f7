"use client"

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog"
import { Button } from "@/components/ui/button"
import { forCount, plural } from "@/lib/format"

/** Discarding drops every unsent row: ask first (focus starts on Cancel). */
export function DiscardButton({
  rows,
  disabled,
  onDiscard,
}: {
  rows: number
  disabled: boolean
  onDiscard: () => void
}) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" disabled={disabled}>
          Discard draft
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
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
