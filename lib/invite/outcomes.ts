import { z } from "zod"

import { ERROR_CODES, helpForCode } from "@/lib/client-links/error-codes"
import { isOutcomeUnknown, type RowResult } from "@/lib/client-links/requests"

/** What a person sees for one failure: the code, a sentence, and the id support asks for. */
export const outcomeErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  trackingId: z.string().nullable(),
})
export type OutcomeError = z.infer<typeof outcomeErrorSchema>

export const rowOutcomeSchema = z.discriminatedUnion("state", [
  /** In a request that has not answered yet. */
  z.object({ state: z.literal("sending"), identity: z.string() }),
  z.object({ state: z.literal("sent"), note: z.string().optional() }),
  z.object({
    state: z.literal("failed"),
    errors: z.array(outcomeErrorSchema).min(1),
    retryable: z.boolean(),
    /**
     * Set when an attempt may have reached Microsoft (timeout, 5xx, dropped connection):
     * the identity of the row as it was sent then. See `settleRow`.
     */
    unknownFor: z.string().nullable(),
  }),
])
export type RowOutcome = z.infer<typeof rowOutcomeSchema>
export type FailedOutcome = Extract<RowOutcome, { state: "failed" }>

const ALREADY_INVITED = ERROR_CODES.InvitationAlreadySent.code

export const ALREADY_SENT_NOTE =
  "Sent by an earlier attempt whose answer was lost; Microsoft already had this invitation."

/** The identity a previous unknown attempt was made with, if it still applies. */
const pendingUnknown = (previous: RowOutcome | undefined, identity: string) =>
  previous?.state === "failed" && previous.unknownFor === identity
    ? identity
    : null

/**
 * One row's outcome from its result. `identity` is the row's (type, client, manager) key
 * now, `previous` its outcome before this attempt.
 *
 * A row whose earlier attempt has an unknown outcome (timeout, 5xx) may already have been
 * invited. Sending it again is safe because the service refuses a second invitation for
 * the same pair with 1410 "already invited" instead of creating a duplicate; so for such a
 * row, and only if its identity is unchanged, 1410 means our earlier attempt went through:
 * the row counts as sent. For any other row 1410 is a real failure (someone else's invite).
 */
export function settleRow(
  result: RowResult,
  identity: string,
  previous: RowOutcome | undefined,
): RowOutcome {
  if (result.ok) return { state: "sent" }
  const unknownBefore = pendingUnknown(previous, identity)
  if (unknownBefore && result.errors.some((e) => e.code === ALREADY_INVITED))
    return { state: "sent", note: ALREADY_SENT_NOTE }
  const errors = result.errors.map((e) => ({
    code: String(e.code),
    message: helpForCode(e.code, e.message),
    trackingId: e.trackingId,
  }))
  // The route flags an error after which the write may still have been applied.
  const unknownNow = isOutcomeUnknown(result)
  return {
    state: "failed",
    errors,
    retryable: result.errors.some((e) => e.retryable),
    unknownFor: unknownNow ? identity : unknownBefore,
  }
}

/** A request that failed as a whole: every row of its slice gets the same failure. */
export interface RequestFailure {
  error: OutcomeError
  retryable: boolean
  /** The request may have reached Microsoft before it failed. */
  mayHaveApplied: boolean
}

export function failRow(
  failure: RequestFailure,
  identity: string,
  previous: RowOutcome | undefined,
): FailedOutcome {
  return {
    state: "failed",
    errors: [failure.error],
    retryable: failure.retryable,
    unknownFor: failure.mayHaveApplied
      ? identity
      : pendingUnknown(previous, identity),
  }
}

/** After a reload, a row caught mid-request has an unknown outcome and is retryable. */
export function afterReload(outcome: RowOutcome): RowOutcome {
  if (outcome.state !== "sending") return outcome
  return {
    state: "failed",
    errors: [
      {
        code: "interrupted",
        message:
          "The page closed while this row was being sent. Retrying is safe: a row that went through is not invited twice.",
        trackingId: null,
      },
    ],
    retryable: true,
    unknownFor: outcome.identity,
  }
}
