import { isNotSent } from "@/lib/contract/row-result"
import type { ClientLinkInput } from "@/lib/link-rules/add"

import { identityKey } from "./form-row"
import { checkRows, type InviteFormValues } from "./form-schema"
import { failRow, type RowOutcome, settleRow } from "./outcomes"
import type { SliceAnswer } from "./post-invite"

/**
 * Rows per request to our route. The route sends them on in chunks of 10; 40 keeps each
 * request short (a failed request costs at most 40 rows a retry) and the bar moving.
 */
export const ROWS_PER_SEND = 40

export function slices<T>(items: T[], size = ROWS_PER_SEND): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size))
  return out
}

export interface SendItem {
  key: string
  /** identityKey(row) when sent: the pair the service will not invite twice. */
  identity: string
  link: ClientLinkInput
}

/**
 * "all": new rows and failed rows worth another try (retryable); "failed": every failed
 * row, on the user's explicit "Retry failed rows".
 */
export type SendMode = "all" | "failed"

/** The valid rows a send includes: never a sent row, never one in flight, never twice. */
export function sendableItems(
  rows: InviteFormValues["rows"],
  outcomes: Readonly<Record<string, RowOutcome>>,
  mode: SendMode,
  /** checkRows(rows).links when the caller has them already. */
  links: (ClientLinkInput | null)[] = checkRows(rows).links,
): SendItem[] {
  return rows.flatMap((row, i) => {
    const state = outcomes[row.key]?.state
    const link = links[i]
    const identity = identityKey(row)
    if (!link || !identity || state === "sent" || state === "sending") return []
    if (mode === "failed" && state !== "failed") return []
    const o = outcomes[row.key]
    if (mode === "all" && o?.state === "failed" && !o.retryable) return []
    return [{ key: row.key, identity, link }]
  })
}

export interface FieldProblem {
  key: string
  field: string
  message: string
}

export interface SendCallbacks {
  post: (links: ClientLinkInput[]) => Promise<SliceAnswer>
  /** The row's outcome before this run (for the unknown-outcome rule). */
  previous: (key: string) => RowOutcome | undefined
  onSliceStart: (keys: string[]) => void
  onSliceAnswered: (
    outcomes: Map<string, RowOutcome>,
    fields: FieldProblem[],
    /** Of these, rows answered `notSent`: they are sent again after the wait. */
    resending: number,
  ) => void
  /**
   * Microsoft asked to wait `seconds` before the `rows` not sent go again (docs/throttling.md):
   * resolves true once the wait is over, false when the user cancelled.
   */
  wait?: (seconds: number, rows: number) => Promise<boolean>
}

const NOT_SENT_WITH_OTHERS =
  "Not sent: other rows in the same request were refused. Retry this row."

/** The outcomes of one slice from its answer. */
export function settleSlice(
  slice: SendItem[],
  answer: SliceAnswer,
  previous: (key: string) => RowOutcome | undefined,
): { outcomes: Map<string, RowOutcome>; fields: FieldProblem[] } {
  const outcomes = new Map<string, RowOutcome>()
  const fields: FieldProblem[] = []
  if (answer.kind === "results") {
    slice.forEach((item, i) => {
      const result = answer.results[i]
      if (result)
        outcomes.set(
          item.key,
          settleRow(result, item.identity, previous(item.key)),
        )
    })
    return { outcomes, fields }
  }
  // A 400 names the refused rows as `links.<i>.<Member>`; the rest were simply not sent.
  for (const [path, message] of Object.entries(answer.fields)) {
    const [, index, field] = path.split(".")
    const item = slice[Number(index)]
    if (item && field) fields.push({ key: item.key, field, message })
  }
  const refused = new Set(fields.map((f) => f.key))
  for (const item of slice) {
    const failure =
      refused.size > 0 && !refused.has(item.key)
        ? {
            ...answer.failure,
            local: { ...answer.failure.local, message: NOT_SENT_WITH_OTHERS },
            retryable: true,
          }
        : answer.failure
    outcomes.set(item.key, failRow(failure, item.identity, previous(item.key)))
  }
  return { outcomes, fields }
}

/**
 * Sends the items slice by slice, one request at a time. A failed request fails only its
 * own slice; the others go on. A 401 stops the run: later slices stay unsent (and keep
 * their state) until the user has signed in again.
 */
export async function sendInSlices(
  items: SendItem[],
  callbacks: SendCallbacks,
  size = ROWS_PER_SEND,
): Promise<{ unauthorized: boolean; cancelled: boolean }> {
  // Outcomes as they were before this run: once a slice starts, its rows read "sending".
  const before = new Map(items.map((i) => [i.key, callbacks.previous(i.key)]))
  for (let slice of slices(items, size)) {
    for (;;) {
      callbacks.onSliceStart(slice.map((i) => i.key))
      const answer = await callbacks.post(slice.map((i) => i.link))
      const { outcomes, fields } = settleSlice(slice, answer, (k) =>
        before.get(k),
      )
      const later = answer.kind === "results" ? notSentOf(slice, answer) : null
      callbacks.onSliceAnswered(outcomes, fields, later?.items.length ?? 0)
      if (answer.kind === "failed" && answer.status === 401)
        return { unauthorized: true, cancelled: false }
      if (!later || later.items.length === 0 || !callbacks.wait) break
      // Only the rows not sent go again, never the done ones.
      if (!(await callbacks.wait(later.seconds, later.items.length)))
        return { unauthorized: false, cancelled: true }
      slice = later.items
    }
  }
  return { unauthorized: false, cancelled: false }
}

/** The items of a slice answered `notSent`, and the longest wait asked for. */
function notSentOf(
  slice: SendItem[],
  answer: Extract<SliceAnswer, { kind: "results" }>,
) {
  let seconds = 0
  const items = slice.filter((_, i) => {
    const r = answer.results[i]
    if (!r || !isNotSent(r)) return false
    seconds = Math.max(seconds, r.retryAfter)
    return true
  })
  return { items, seconds }
}
