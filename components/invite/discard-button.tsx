"use client"

import { Button } from "@/components/ui/button"
import { loadOnIntent } from "@/components/ui/load-on-intent"
import { useDialogOnIntent } from "@/components/ui/use-dialog-on-intent"

// The confirmation's Radix AlertDialog (focus trap, scroll lock) is needed only once the
// user reaches for the button, not with the form's first paint.
const discardDialog = loadOnIntent(() => import("./discard-dialog"))

/** Discarding drops every unsent row: ask first. */
export function DiscardButton({
  rows,
  disabled,
  onDiscard,
}: {
  rows: number
  disabled: boolean
  onDiscard: () => void
}) {
  const { dialog, open, setOpen, openerProps } = useDialogOnIntent(
    discardDialog,
    "the discard confirmation",
  )
  return (
    <>
      <Button variant="ghost" disabled={disabled} {...openerProps}>
        Discard draft
      </Button>
      {dialog ? (
        <dialog.DiscardDialog
          open={open}
          onOpenChange={setOpen}
          rows={rows}
          onDiscard={onDiscard}
        />
      ) : null}
    </>
  )
}
