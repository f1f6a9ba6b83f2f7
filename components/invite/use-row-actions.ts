"use client"

import type { UseFieldArrayReturn, UseFormReturn } from "react-hook-form"

import { toast } from "@/components/ui/toast"
import type { CsvImport, rowsFromCsv } from "@/lib/invite/csv-import"
import { rowsToCsv } from "@/lib/invite/csv-rows"
import { emptyRow, isBlankRow, type RowDefaults } from "@/lib/invite/form-row"
import type { InviteFormValues } from "@/lib/invite/form-schema"

import { downloadText } from "./download"
import type { OutcomeStore } from "./outcome-store"
import { plural } from "@/lib/format"

/** Adding, removing, importing, discarding and exporting rows. */
export function useRowActions({
  form,
  rowArray,
  store,
  defaults,
  setEditing,
}: {
  form: UseFormReturn<InviteFormValues>
  rowArray: UseFieldArrayReturn<InviteFormValues, "rows">
  store: OutcomeStore
  defaults: RowDefaults
  setEditing: (index: number | null) => void
}) {
  function addRow() {
    const outcomes = store.get()
    const rows = form.getValues("rows")
    // Everything went: start a new batch rather than grow a finished one.
    if (rows.every((r) => outcomes[r.key]?.state === "sent")) {
      store.set(() => ({}))
      form.reset({ rows: [emptyRow(defaults)] })
      return
    }
    const count = rows.length
    rowArray.append(emptyRow(defaults), { shouldFocus: false })
    setEditing(count)
  }

  function removeRow(index: number) {
    rowArray.remove(index)
    toast(`Removed row ${index + 1}.`)
  }

  /** Resolves to a message when the text cannot be used. */
  async function importCsv(text: string, source: string) {
    let read: typeof rowsFromCsv
    try {
      // The CSV parser is fetched on the first import, not with the page.
      read = (await import("@/lib/invite/csv-import")).rowsFromCsv
    } catch (e) {
      console.error("The CSV reader did not load.", e)
      return "The CSV reader did not load. Check your connection and try again."
    }
    let imported: CsvImport
    try {
      imported = read(text, defaults)
    } catch (e) {
      return e instanceof Error ? e.message : "The CSV could not be read."
    }
    if (imported.rows.length === 0)
      return "No rows found: the first line names the columns, then one invitation per line."
    const current = form.getValues("rows")
    const onlyBlank =
      current.length === 1 &&
      current[0] &&
      isBlankRow(current[0], defaults) &&
      !store.get()[current[0].key]
    if (onlyBlank) rowArray.replace(imported.rows)
    else rowArray.append(imported.rows, { shouldFocus: false })
    // Show every problem at once, before anything is sent.
    void form.trigger("rows")
    const ignored = imported.ignoredColumns.length
      ? ` Ignored columns: ${imported.ignoredColumns.join(", ")}.`
      : ""
    toast(
      `Added ${plural(imported.rows.length, "row")} from ${source}.${ignored}`,
      { tone: "success" },
    )
    return null
  }

  function failedCsv() {
    const outcomes = store.get()
    const failed = form
      .getValues("rows")
      .filter((r) => outcomes[r.key]?.state === "failed")
    return {
      count: failed.length,
      csv: rowsToCsv(failed, (r) => {
        const o = outcomes[r.key]
        if (o?.state !== "failed") return ["", "", ""]
        // A failure of ours has no Microsoft code.
        const e = o.local ?? o.errors[0]
        const code = o.local ? "" : (o.errors[0]?.code ?? "")
        return [code, e?.message ?? "", e?.trackingId ?? ""]
      }),
    }
  }

  function downloadFailed() {
    downloadText("linkdesk-failed-invitations.csv", failedCsv().csv)
  }

  function copyFailed() {
    const { count, csv } = failedCsv()
    navigator.clipboard.writeText(csv).then(
      () =>
        toast(`Copied ${plural(count, "failed row")} as CSV.`, {
          tone: "success",
        }),
      () => {
        downloadText("linkdesk-failed-invitations.csv", csv)
        toast(
          "The clipboard is not available here, so the rows were downloaded instead.",
        )
      },
    )
  }

  function discard() {
    store.set(() => ({}))
    form.reset({ rows: [emptyRow(defaults)] })
    setEditing(null)
    toast("Draft discarded.")
  }

  return { addRow, removeRow, importCsv, copyFailed, downloadFailed, discard }
}
