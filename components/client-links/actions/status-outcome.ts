import type { RowError } from "@/lib/contract/writes"
import {
  ApiRequestError,
  type RequestFailureKind,
  requestFailureMessage,
} from "@/lib/fetch-json"

/**
 * Why a row's status action failed, kept apart by who said so:
 * - `upstream`: Microsoft Advertising refused the row (its codes, help, TrackingId);
 * - `local`: the request never got Microsoft's answer for the row: no answer from our
 *   server (`network`), our route refused or failed (`route`: 401, 429, 5xx…), or its answer
 *   could not be read (`unreadable`). These never carry a Microsoft code.
 * New kinds (e.g. "not sent yet, retry after N s") extend the union.
 */
export interface LocalFailure {
  kind: RequestFailureKind | "unreadable"
  /** Our route's HTTP status; null when nothing answered. */
  status: number | null
  /** The sentence a person sees. */
  message: string
  trackingId: string | null
  retryAfterS: number | null
}

/** Microsoft's refusal of a row, with the sentences a person sees already chosen. */
export interface ExplainedError extends RowError {
  /** What the code means and what to do (lib/ads-api/error-codes.ts). */
  help: string
  /** The row's own explanation when it says more than `help`, else null. */
  detail: string | null
}

export type RowFailure =
  | { source: "upstream"; errors: ExplainedError[] }
  | { source: "local"; local: LocalFailure }

/** `notSentRetryAfterS`: the row was never sent (throttled); send it again after that wait. */
export type StatusOutcome =
  { ok: true } | { ok: false; failure: RowFailure; notSentRetryAfterS?: number }

const UNREADABLE =
  "The Linkdesk server's answer could not be read. Reload the grid to see each link's status before trying again."

/** The failure every row of a request shares when the request failed as a whole. */
export function localFailureFrom(e: unknown): LocalFailure {
  if (e instanceof ApiRequestError)
    return {
      kind: e.kind,
      status: e.status,
      message: requestFailureMessage(e),
      trackingId: e.trackingId,
      retryAfterS: e.retryAfterS,
    }
  return {
    kind: "unreadable",
    status: null,
    message: UNREADABLE,
    trackingId: null,
    retryAfterS: null,
  }
}
