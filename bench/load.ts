import { performance } from "node:perf_hooks"

/** One line of the bench table: measure, ours, baseline, ratio or Δ, target. */
export type Row = [string, string, string, string, string]

/** Latency figures of one bounded run: `total` calls by `concurrency` workers. */
export interface LoadResult {
  p50: number
  p99: number
  /** Calls per second over the whole run. */
  throughput: number
  failures: number
}

/** The `p`th percentile of ascending `sorted` (nearest rank); 0 when empty. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ??
  0

export async function load(
  call: () => Promise<Response>,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const times: number[] = []
  let next = 0
  let failures = 0
  const worker = async () => {
    while (next < total) {
      next++
      const t0 = performance.now()
      const res = await call()
      await res.arrayBuffer()
      times.push(performance.now() - t0)
      if (!res.ok) failures++
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - start) / 1000
  times.sort((a, b) => a - b)
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    throughput: total / seconds,
    failures,
  }
}

/** A Markdown table, columns padded to their widest cell. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((r) => r[i]?.length ?? 0)),
  )
  const line = (r: string[]) =>
    `| ${widths.map((w, i) => (r[i] ?? "").padEnd(w)).join(" | ")} |`
  return [
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n")
}
