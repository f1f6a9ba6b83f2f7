import * as z from "zod/mini"

import { ERROR_CODES, helpForCode } from "@/lib/ads-api/error-codes"
import { isOutcomeUnknown, type RowResult } from "@/lib/contract/writes"

/** What a person sees for one failure: the code, a sentence, and the id support asks for. */
export const outcomeErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  trackingId: z.nullable(z.string()),
})
export type OutcomeError = z.infer<typeof outcomeErrorSchema>

/**
 * A failure of ours, before Microsoft answered for the row: no answer from our server
 * (`network`), our route refused or failed (`route`: 401, 429, 5xx…), an answer that could
 * not be read (`unreadable`), or a page closed mid-request (`interrupted`). Never shown
 * with a Microsoft code. New kinds (e.g. "not sent yet, retry after N s") extend the enum.
 */
export const localFailureSchema = z.object({
  kind: z.enum(["network", "route", "unreadable", "interrupted"]),
  /** Our route's HTTP status; null when nothing answered. */
  status: z.nullable(z.int()),
  message: z.string(),
  trackingId: z.nullable(z.string()),
})
export type LocalFailure = z.infer<typeof localFailureSchema>

export const rowOutcomeSchema = z.discriminatedUnion("state", [
  /** In a request that has not answered yet. */
  z.object({ state: z.literal("sending"), identity: z.string() }),
  z.object({ state: z.literal("sent"), note: z.optional(z.string()) }),
  z.object({
    state: z.literal("failed"),
    /** Microsoft's refusals of the row (its code, our help, TrackingId). */
    errors: z.array(outcomeErrorSchema),
    /** Set instead when the request failed on our side; `errors` is then empty. */
    local: z._default(z.nullable(localFailureSchema), null),
    retryable: z.boolean(),
    /**
     * Set when an attempt may have reached Microsoft (timeout, 5xx, dropped connection):
     * the identity of the row as it was sent then. See `settleRow`.
     */
    unknownFor: z.nullable(z.string()),
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
    local: null,
    retryable: result.errors.some((e) => e.retryable),
    unknownFor: unknownNow ? identity : unknownBefore,
  }
}

/** A request that failed as a whole: every row of its slice gets the same failure. */
export interface RequestFailure {
  local: LocalFailure
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
    errors: [],
    local: failure.local,
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
    errors: [],
    local: {
      kind: "interrupted",
      status: null,
      message:
        "The page closed while this row was being sent. Retrying is safe: a row that went through is not invited twice.",
      trackingId: null,
    },
    retryable: true,
    unknownFor: outcome.identity,
  }
}
