import { z } from "zod"

import type { FaultRates } from "./options"
import type { Prng } from "./prng"

/**
 * Fault injection, off by default, from three sources checked in this order: the
 * `X-Emulator-Fault` request header, the runtime schedule (the Nth upcoming call of an
 * operation), and the server-wide rates. Faults happen before the operation runs, so
 * nothing is written, except `malformed`: the write happens and only the answer is lost.
 */
export const FAULT_KINDS = [
  "status500",
  "throttle",
  "latency",
  "malformed",
  "drop",
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export const faultScheduleSchema = z.strictObject({
  /** An operation name such as AddClientLinks, or "*" for every API call. */
  operation: z.string().min(1),
  /** 1-based positions among the upcoming calls of that operation. */
  calls: z.array(z.number().int().min(1)).min(1),
  kind: z.enum(FAULT_KINDS),
  /** For kind latency; default 5,000 ms. */
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  /** For kind throttle: the Retry-After header, in seconds; default 60. */
  retryAfterSeconds: z.number().int().min(0).max(3_600).optional(),
})
export type FaultScheduleInput = z.infer<typeof faultScheduleSchema>

interface Scheduled extends FaultScheduleInput {
  seen: number
}

/** Retry-After of a throttle fault when none is asked for (docs/emulator.md). */
export const DEFAULT_RETRY_AFTER_SECONDS = 60

/** What to do to one call: wait first, then maybe fail. */
export interface FaultDecision {
  latencyMs: number
  kind: Exclude<FaultKind, "latency"> | null
  source: "header" | "schedule" | "rate" | null
  /** The Retry-After of a throttle, in seconds. */
  retryAfterSeconds: number
}

/**
 * Parses e.g. `latency=5000`, `status=500`, `throttle` (or `throttle=5`: Retry-After 5 s),
 * `malformed`, `drop` (comma-separated).
 */
export function parseFaultHeader(value: string | null): FaultDecision | null {
  if (!value) return null
  const d: FaultDecision = {
    latencyMs: 0,
    kind: null,
    source: "header",
    retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS,
  }
  for (const part of value.split(",").map((p) => p.trim().toLowerCase())) {
    const [name, arg] = part.split("=")
    if (name === "latency" && arg && /^\d+$/.test(arg))
      d.latencyMs = Number(arg)
    else if (name === "status" && arg === "500") d.kind = "status500"
    else if (name === "throttle" && arg && /^\d+$/.test(arg)) {
      d.kind = "throttle"
      d.retryAfterSeconds = Number(arg)
    } else if (name === "throttle" || name === "malformed" || name === "drop")
      d.kind = name
  }
  return d.latencyMs || d.kind ? d : null
}

export class FaultInjector {
  private scheduled: Scheduled[] = []

  constructor(
    public rates: FaultRates,
    private readonly rand: Prng,
  ) {}

  schedule(entry: FaultScheduleInput): void {
    this.scheduled.push({ ...entry, seen: 0 })
  }

  clear(): void {
    this.scheduled = []
  }

  list(): Scheduled[] {
    return this.scheduled.map((s) => ({ ...s }))
  }

  decide(operation: string, header: string | null): FaultDecision {
    const fromHeader = parseFaultHeader(header)
    // Every scheduled entry counts this call, even when the header decides.
    let fromSchedule: FaultDecision | null = null
    for (const s of this.scheduled) {
      if (s.operation !== operation && s.operation !== "*") continue
      s.seen++
      if (!fromSchedule && s.calls.includes(s.seen))
        fromSchedule = {
          latencyMs: s.kind === "latency" ? (s.latencyMs ?? 5000) : 0,
          kind: s.kind === "latency" ? null : s.kind,
          source: "schedule",
          retryAfterSeconds: s.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
        }
    }
    this.scheduled = this.scheduled.filter((s) => s.seen < Math.max(...s.calls))
    if (fromHeader) return fromHeader
    if (fromSchedule) return fromSchedule
    return this.fromRates()
  }

  private fromRates(): FaultDecision {
    const r = this.rates
    const latencyMs = r.latencyMs
    const roll = (p: number) => p > 0 && this.rand() < p
    const kind = roll(r.dropRate)
      ? "drop"
      : roll(r.status500Rate)
        ? "status500"
        : roll(r.throttleRate)
          ? "throttle"
          : roll(r.malformedRate)
            ? "malformed"
            : null
    return {
      latencyMs,
      kind,
      source: kind || latencyMs ? "rate" : null,
      retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS,
    }
  }
}

/** A 200 body cut in half: what a client sees when the answer is lost mid-way. */
export const truncate = (text: string) =>
  text.slice(0, Math.max(1, Math.floor(text.length / 2)))
