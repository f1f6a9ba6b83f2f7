"use client"

import { Button } from "@/components/ui/button"
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog"
import { FieldError } from "@/components/ui/field-error"
import { Label } from "@/components/ui/label"
import { Textarea } from "@/components/ui/textarea"
import { useReturnFocus } from "@/components/ui/use-return-focus"

/** The "Paste CSV" dialog, loaded by CsvToolbar on first intent; the toolbar keeps the text. */
export function CsvPasteDialog({
  id,
  open,
  onOpenChange,
  text,
  onText,
  error,
  onPaste,
}: {
  id: string
  open: boolean
  onOpenChange: (open: boolean) => void
  text: string
  onText: (text: string) => void
  error: string | null
  onPaste: () => void
}) {
  // Opened from state, not from a Radix Trigger: focus goes back to "Paste CSV".
  const returnFocus = useReturnFocus()
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-2xl" {...returnFocus}>
        <DialogHeader>
          <DialogTitle>Paste CSV</DialogTitle>
          <DialogDescription>
            The first line names the columns, as in the template (Type,
            ClientEntityId, ClientEntityNumber, IsBillToClient, …). Blank
            inviter and manager cells take your defaults.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-paste`}>CSV text</Label>
          <Textarea
            id={`${id}-paste`}
            rows={10}
            value={text}
            onChange={(e) => onText(e.target.value)}
            className="font-mono text-xs"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-paste-error` : undefined}
          />
          <FieldError id={`${id}-paste-error`} message={error ?? undefined} />
        </div>
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button onClick={onPaste} disabled={text.trim() === ""}>
            Add rows
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
