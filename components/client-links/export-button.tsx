"use client"

import { useId, useState } from "react"

import { downloadBlob } from "@/components/invite/download"
import { Button } from "@/components/ui/button"
import { Spinner } from "@/components/ui/spinner"

import { fetchExport } from "./export-csv"

/**
 * Downloads the view as CSV. Fetched rather than linked, so a failed export (it took too
 * long, the session expired) shows its sentence here instead of a broken download.
 */
export function ExportButton({ url }: { url: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()

  async function run() {
    setBusy(true)
    setError(null)
    try {
      const { blob, filename } = await fetchExport(url)
      downloadBlob(filename, blob)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="ml-auto flex max-w-md flex-col items-end gap-1">
      <Button
        variant="secondary"
        aria-disabled={busy || undefined}
        aria-describedby={error ? errorId : undefined}
        onClick={() => void (busy ? undefined : run())}
      >
        {busy ? <Spinner label="Preparing the export" /> : null}
        Export CSV
      </Button>
      {error ? (
        <p id={errorId} role="alert" className="text-danger text-right text-xs">
          {error}
        </p>
      ) : null}
    </div>
  )
}
