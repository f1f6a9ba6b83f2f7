"use client"

import { useId, useRef, useState } from "react"

import { Button } from "@/components/ui/button"
import { FieldError } from "@/components/ui/field-error"
import { loadOnIntent } from "@/components/ui/load-on-intent"
import { useDialogOnIntent } from "@/components/ui/use-dialog-on-intent"
import { templateCsv } from "@/lib/invite/csv-rows"

import { downloadText } from "./download"

// The paste dialog's Radix code is needed only once the user reaches for "Paste CSV".
const pasteDialog = loadOnIntent(() => import("./csv-paste-dialog"))

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
  const paste = useDialogOnIntent(pasteDialog, "the paste dialog")
  const { open: pasteOpen, setOpen: setPasteOpen } = paste
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
      <Button variant="secondary" disabled={disabled} {...paste.openerProps}>
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
      {paste.dialog ? (
        <paste.dialog.CsvPasteDialog
          id={fileId}
          open={pasteOpen}
          onOpenChange={setPasteOpen}
          text={text}
          onText={setText}
          error={error}
          onPaste={() => void onPaste()}
        />
      ) : null}
    </div>
  )
}
