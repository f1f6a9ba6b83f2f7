import { cpus, loadavg } from "node:os"

import { formatTable, type Row } from "./load"

/** Prints the bench table (Markdown, columns padded) under the date and load, then `notes`. */
export function printTable(rows: Row[], notes: string[]) {
  console.log(
    `\n${new Date().toISOString()} · ${cpus().length} cores · load ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  )
  console.log(
    formatTable(
      ["Measure", "Dashboard", "Baseline", "Ratio / Δ", "Target"],
      rows,
    ),
  )
  for (const note of notes) console.log(`\n${note}`)
}
