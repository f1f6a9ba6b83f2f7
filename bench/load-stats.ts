import { readFileSync } from "node:fs"

import type { Row } from "./load"
import { percentile } from "./load"
import type { Kind, Sample } from "./load-users"

/**
 * Figures and verdicts of `bench/load-test.ts`: latency per request kind, answers by class
 * (our own 5xx told apart from an upstream failure we report as 502/504, and from the
 * upstream's throttling we pass on as 429), and the app server's memory over the run.
 */

export type Outcome =
  | "2xx"
  | "3xx"
  | "4xx"
  | "429 throttled upstream"
  | "5xx ours"
  | "5xx upstream"
  | "no answer in time"
  | "no answer"

/** Codes of lib/api/error-codes.ts that report the upstream API's failure, not ours. */
const UPSTREAM_5XX = new Set(["upstream_unavailable", "upstream_timeout"])

export function outcomeOf(s: Sample): Outcome {
  if (s.code === "timeout") return "no answer in time"
  if (s.status === 0 || s.code === "malformed-body") return "no answer"
  if (s.status >= 500)
    return s.code && UPSTREAM_5XX.has(s.code) ? "5xx upstream" : "5xx ours"
  if (s.status === 429 && s.code === "rate_limited")
    return "429 throttled upstream"
  if (s.status >= 400) return "4xx"
  return s.status >= 300 ? "3xx" : "2xx"
}

/** Outcomes that fail the run: anything but a page, or a throttle passed on faithfully. */
export const FAILING: ReadonlySet<Outcome> = new Set<Outcome>([
  "3xx",
  "4xx",
  "5xx ours",
  "5xx upstream",
  "no answer in time",
  "no answer",
])

const ms = (n: number) => `${n.toFixed(0)} ms`

/** One row per request kind: count, p50, p95, p99, max. */
export function latencyRows(samples: Sample[]): Row[] {
  const kinds = [...new Set(samples.map((s) => s.kind))] as Kind[]
  return [...kinds, "all" as const].map((kind) => {
    const times = samples
      .filter((s) => kind === "all" || s.kind === kind)
      .map((s) => s.ms)
      .sort((a, b) => a - b)
    return [
      kind,
      String(times.length),
      ms(percentile(times, 50)),
      ms(percentile(times, 95)),
      `${ms(percentile(times, 99))} (max ${ms(times.at(-1) ?? 0)})`,
    ]
  })
}

export function countOutcomes(samples: Sample[]): Map<Outcome, number> {
  const counts = new Map<Outcome, number>()
  for (const s of samples) {
    const o = outcomeOf(s)
    counts.set(o, (counts.get(o) ?? 0) + 1)
  }
  return counts
}

/** Resident memory of a process in KB, from /proc (Linux). */
export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8")
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`)
  return Number(kb)
}

/** The process `pid` started last, following single children (launcher → server). */
export function leafPid(pid: number): number {
  for (let current = pid; ;) {
    const kids = readFileSync(
      `/proc/${current}/task/${current}/children`,
      "utf8",
    )
      .trim()
      .split(/\s+/)
      .filter(Boolean)
    if (kids.length !== 1) return current
    current = Number(kids[0])
  }
}

/** Users of the run arrive one after another over this long. */
export const WARM_UP_S = 10
export const WINDOW_S = 10

/** A reading over the run: `at` in seconds since the first user arrived, `mb` in MB. */
export interface Point {
  at: number
  mb: number
}

/**
 * Memory is "flat" when the live heap (what a full garbage collection leaves) under a
 * light probe load after the run is at most 15% above the same probe's before the run:
 * PROBE_USERS users for PROBE_S seconds each time, so the difference is what the 200-user
 * run left behind. The first probe follows a warm-up under the full load, so compiled code
 * and every cache (gathered links, their sorted copies) are already in it; without that
 * warm-up the probe after a run once read 10 MB (18%) more than the one before it.
 *
 * Not judged, only printed: the live heap during the run, which follows the backlog (slow
 * page renders pile up: 60 → 80 MB, back to ~62 MB once all is answered), and RSS, which
 * climbs for minutes as V8 lets garbage pile up to a limit it raises with the allocation
 * rate. An idle server gives no reading: V8's memory reducer did not run within 30 s.
 *
 * Why 15% (~9 MB of ~62 MB): the probe's own requests in flight and a refresh of the
 * gather cache (a second copy of a customer's rows while it replaces the first) move the
 * reading by a few MB. Anything kept per request or per gather grows with the run's
 * thousands of requests and dozens of gathers: ~2.5 KB kept per request over 3,500
 * requests already crosses the band. The old space is capped (OLD_SPACE_MB) so full
 * collections come every few seconds, and a leak past it crashes the server, which fails
 * every later answer.
 */
export const MAX_GROWTH = 1.15
export const OLD_SPACE_MB = 128
export const PROBE_USERS = 8
export const PROBE_S = 10

/** Median of the readings in [from, to); 0 when there is none. */
export function windowMedian(points: Point[], from: number, to: number) {
  const inWindow = points
    .filter((p) => p.at >= from && p.at < to)
    .map((p) => p.mb)
    .sort((a, b) => a - b)
  return percentile(inWindow, 50)
}

/** [from, to) in the run's seconds. */
export type Window = [number, number]

export interface MemoryVerdict {
  /** Live heap under the probe before the run, and after it (0: no full GC came). */
  before: number
  after: number
  growth: number
  flat: boolean
}

export function memoryVerdict(
  heap: Point[],
  before: Window,
  after: Window,
): MemoryVerdict {
  const b = windowMedian(heap, ...before)
  const a = windowMedian(heap, ...after)
  const growth = a > 0 && b > 0 ? a / b : Infinity
  return { before: b, after: a, growth, flat: growth <= MAX_GROWTH }
}

/** One full (mark-compact) collection of a process: when (epoch ms), and the heap left. */
export interface MajorGc {
  pid: number
  at: number
  mb: number
}

const MARK_COMPACT =
  /^\[(\d+):\S+\]\s+[\d.]+ ms: Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/

/** A `--trace-gc` line of a full collection, or null for any other line. */
export function parseMajorGc(line: string, at: number): MajorGc | null {
  const m = MARK_COMPACT.exec(line)
  return m ? { pid: Number(m[1]), at, mb: Number(m[2]) } : null
}
