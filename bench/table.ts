import { cpus, loadavg } from "node:os"

import type { Row } from "./load"

/** Prints the bench table (Markdown, columns padded) under the date and load, then `notes`. */
export function printTable(rows: Row[], notes: string[]) {
  const header: Row = [
    "Measure",
    "Dashboard",
    "Baseline",
    "Ratio / Δ",
    "Target",
  ]
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((r) => r[i]?.length ?? 0)),
  )
  const line = (r: Row) =>
    `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`
  console.log(
    `\n${new Date().toISOString()} · ${cpus().length} cores · load ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  )
  console.log(
    [
      line(header),
      `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
      ...rows.map(line),
    ].join("\n"),
  )
  for (const note of notes) console.log(`\n${note}`)
}
