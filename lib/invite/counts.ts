import type { FormRow } from "./form-row"
import { checkRows } from "./form-schema"
import type { RowOutcome } from "./outcomes"
import { sendableItems } from "./send-loop"

export interface RowCounts {
  total: number
  /** Valid rows a send would include now (new or retryable, never sent or in flight). */
  sendable: number
  /** Failed rows a "Retry failed rows" would send now. */
  retryable: number
  /** Rows the rules hold back (sent rows are not counted again). */
  invalid: number
  sent: number
  failed: number
}

/** The numbers the send button and summary show, from one pass of the shared rules. */
export function countRows(
  rows: FormRow[],
  outcomes: Readonly<Record<string, RowOutcome>>,
): RowCounts {
  const { links } = checkRows(rows)
  const state = (r: FormRow) => outcomes[r.key]?.state
  return {
    total: rows.length,
    sendable: sendableItems(rows, outcomes, "all", links).length,
    retryable: sendableItems(rows, outcomes, "failed", links).length,
    invalid: rows.filter((r, i) => links[i] === null && state(r) !== "sent")
      .length,
    sent: rows.filter((r) => state(r) === "sent").length,
    failed: rows.filter((r) => state(r) === "failed").length,
  }
}
