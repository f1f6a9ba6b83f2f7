"use client"

import { useId, useRef, useState } from "react"

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
import { templateCsv } from "@/lib/invite/csv-rows"

import { downloadText } from "./download"

/** Add rows from a .csv file or pasted text; the template has the API member names as columns. */
export function CsvToolbar({
  disabled,
  onCsv,
}: {
  disabled: boolean
  /** Resolves to an error message when the text cannot be read. */
  onCsv: (text: string, source: string) => Promise<string | null>
}) {
  const fileId = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [pasteOpen, setPasteOpen] = useState(false)
  const [text, setText] = useState("")
  const [error, setError] = useState<string | null>(null)

  async function onFile(file: File) {
    const problem = await onCsv(await file.text(), file.name)
    if (problem) setError(problem)
    if (fileRef.current) fileRef.current.value = ""
  }

  async function onPaste() {
    const problem = await onCsv(text, "pasted text")
    setError(problem)
    if (!problem) {
      setPasteOpen(false)
      setText("")
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        ref={fileRef}
        id={fileId}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        tabIndex={-1}
        disabled={disabled}
        aria-label="CSV file to import"
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) void onFile(file)
        }}
      />
      <Button
        variant="secondary"
        disabled={disabled}
        onClick={() => fileRef.current?.click()}
      >
        Import CSV file
      </Button>
      <Button
        variant="secondary"
        disabled={disabled}
        onClick={() => setPasteOpen(true)}
      >
        Paste CSV
      </Button>
      <Button
        variant="ghost"
        onClick={() =>
          downloadText("linkdesk-invitations-template.csv", templateCsv())
        }
      >
        Download template
      </Button>
      {error && !pasteOpen ? (
        <FieldError id={`${fileId}-error`} message={error} />
      ) : null}
      <Dialog open={pasteOpen} onOpenChange={setPasteOpen}>
        <DialogContent className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>Paste CSV</DialogTitle>
            <DialogDescription>
              The first line names the columns, as in the template (Type,
              ClientEntityId, ClientEntityNumber, IsBillToClient, …). Blank
              inviter and manager cells take your defaults.
            </DialogDescription>
          </DialogHeader>
          <div className="grid gap-1.5">
            <Label htmlFor={`${fileId}-paste`}>CSV text</Label>
            <Textarea
              id={`${fileId}-paste`}
              rows={10}
              value={text}
              onChange={(e) => setText(e.target.value)}
              className="font-mono text-xs"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fileId}-paste-error` : undefined}
            />
            <FieldError
              id={`${fileId}-paste-error`}
              message={error ?? undefined}
            />
          </div>
          <DialogFooter>
            <Button variant="secondary" onClick={() => setPasteOpen(false)}>
              Cancel
            </Button>
            <Button
              onClick={() => void onPaste()}
              disabled={text.trim() === ""}
            >
              Add rows
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  )
}
