import { cpus, loadavg } from "node:os"

import { formatTable } from "./load"
import {
  countOutcomes,
  FAILING,
  latencyRows,
  MAX_GROWTH,
  memoryVerdict,
  OLD_SPACE_MB,
  type Point,
  PROBE_S,
  PROBE_USERS,
  WARM_UP_S,
  type Window,
  windowMedian,
  WINDOW_S,
} from "./load-stats"
import type { Sample } from "./load-users"

/** What one run of bench/load-test.ts saw; seconds count from the run's first arrival. */
export interface Run {
  users: number
  /** The loop's nominal length; requests in flight at its end still finish. */
  seconds: number
  /** To the run's last answer. */
  wallSeconds: number
  rateLimit: number
  samples: Sample[]
  /** The light probe load before and after the run, and its answers. */
  probes: [Window, Window]
  probeSamples: Sample[]
  /** API calls the app made during the run (from the emulator's log, which keeps the last 2,000). */
  upstream: { calls: number; throttled: number; capped: boolean }
  /** The app server's RSS, once a second during the run. */
  rss: Point[]
  /** The live heap after each full collection of the app server. */
  heap: Point[]
}

const mb = (n: number) => `${n.toFixed(0)} MB`
const pct = (n: number) => `${((n - 1) * 100).toFixed(1)}%`
const series = (points: Point[]) =>
  points.map((p) => `${p.at.toFixed(0)}:${p.mb.toFixed(0)}`).join(" ")

function memoryTable(run: Run) {
  const heap = memoryVerdict(run.heap, ...run.probes)
  const warm: Window = [WARM_UP_S, WARM_UP_S + WINDOW_S]
  const last: Window = [run.seconds - WINDOW_S, run.seconds]
  const rule = `≤ ${pct(MAX_GROWTH)}: ${heap.flat ? "flat" : "GROWING"}`
  const table = formatTable(
    [`App server memory (old space ${OLD_SPACE_MB} MB)`, "Value", "Rule"],
    [
      [
        `live heap, probe before (${PROBE_USERS} users × ${PROBE_S} s)`,
        mb(heap.before),
        "",
      ],
      ["live heap, probe after", mb(heap.after), ""],
      ["live heap growth", pct(heap.growth), rule],
      [
        `live heap, median s ${warm.join("–")}`,
        mb(windowMedian(run.heap, ...warm)),
        "not judged",
      ],
      [
        `live heap, median s ${last.join("–")}`,
        mb(windowMedian(run.heap, ...last)),
        "not judged",
      ],
      [
        `RSS, median s ${warm.join("–")}`,
        mb(windowMedian(run.rss, ...warm)),
        "not judged",
      ],
      [
        `RSS, median s ${last.join("–")}`,
        mb(windowMedian(run.rss, ...last)),
        "not judged",
      ],
      ["RSS, max", mb(Math.max(...run.rss.map((p) => p.mb))), "not judged"],
    ],
  )
  return { flat: heap.flat, table }
}

/** Prints the tables and the verdict; true when the run passes. */
export function report(run: Run): boolean {
  const { samples, wallSeconds } = run
  const counts = countOutcomes(samples)
  for (const [o, n] of countOutcomes(run.probeSamples))
    if (FAILING.has(o)) counts.set(o, (counts.get(o) ?? 0) + n)
  const failing = [...counts].filter(([o]) => FAILING.has(o))
  const memory = memoryTable(run)
  const limit = run.rateLimit > 0 ? `${run.rateLimit}/min per customer` : "off"
  const load = loadavg().map((n) => n.toFixed(2))
  console.log(
    `\n${new Date().toISOString()} · ${cpus().length} cores · load ${load.join(" ")} · ${run.users} users · ${run.seconds} s loop, ${wallSeconds.toFixed(1)} s to the last answer · emulator rate limit ${limit}`,
  )
  console.log(
    formatTable(
      ["Request", "Count", "p50", "p95", "p99"],
      latencyRows(samples),
    ),
  )
  const answers = [...counts].map(([o, n]) => [
    o,
    String(n),
    FAILING.has(o) ? "fails the run" : "",
  ])
  const rate = (samples.length / wallSeconds).toFixed(0)
  const { calls, throttled, capped } = run.upstream
  const upstream = [
    [
      `API calls by the app${capped ? " (last logged)" : ""}`,
      String(calls),
      "",
    ],
    ["API calls answered 429 (retried later)", String(throttled), ""],
  ]
  console.log(
    `\n${formatTable(["Answer", "Count", ""], [...answers, ["requests/s", rate, ""], ...upstream])}`,
  )
  console.log(`\n${memory.table}`)
  console.log(`\nLive heap after full GCs (s:MB): ${series(run.heap)}`)
  console.log(
    `RSS every 5 s (s:MB): ${series(run.rss.filter((_, i) => i % 5 === 0))}`,
  )
  const pass = failing.length === 0 && memory.flat
  console.log(
    pass
      ? "\nPASS: no failing answer, live heap flat."
      : `\nFAIL: ${[
          ...failing.map(([o, n]) => `${n} × ${o}`),
          ...(memory.flat ? [] : ["live heap grew over the run"]),
        ].join(", ")}`,
  )
  return pass
}
