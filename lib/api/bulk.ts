import type { BulkResponse, RowResult } from "@/lib/contract/writes"

/** A row result in the browser contract (lib/contract/writes.ts, strict): exactly its fields. */
export function toRowResult(r: RowResult): RowResult {
  if (r.ok) return { ok: true }
  const errors = r.errors.map((e) => ({
    code: e.code,
    message: e.message,
    details: e.details,
    trackingId: e.trackingId,
    retryable: e.retryable,
    ...(e.outcomeUnknown ? { outcomeUnknown: true } : {}),
  }))
  if ("notSent" in r)
    return { ok: false, notSent: r.notSent, retryAfter: r.retryAfter, errors }
  return { ok: false, errors }
}

/** The answer of a bulk write: one result per row, in order. */
export const bulkAnswer = (results: RowResult[]): Response =>
  Response.json({ results: results.map(toRowResult) } satisfies BulkResponse, {
    headers: { "Cache-Control": "no-store" },
  })
