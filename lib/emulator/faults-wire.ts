import { ERROR_CODES, type ErrorName } from "@/lib/ads-api/error-codes"
import type { OperationError } from "@/lib/ads-api/wire"

import type { OpResult } from "./types"

/** An OperationError for the table entry `name` (spec §3: Code, Details, Message; no ErrorCode). */
export function operationError(
  name: ErrorName,
  details: string | null = null,
): OperationError {
  const e = ERROR_CODES[name]
  return { Code: e.code, Details: details, Message: e.message }
}

/**
 * A request-level fault with the table's channel and HTTP status: `ApiFault` for request data,
 * `AdApiFaultDetail` for generic, authentication and authorization errors. A partial-channel
 * name sent here is answered as an ApiFault with status 400.
 */
export function fault(
  name: ErrorName,
  trackingId: string,
  details: string | null = null,
): OpResult {
  const e = ERROR_CODES[name]
  if (e.channel === "AdApiFaultDetail")
    return {
      status: e.status,
      body: {
        Type: "AdApiFaultDetail",
        TrackingId: trackingId,
        Errors: [
          {
            Code: e.code,
            Detail: details,
            ErrorCode: e.name,
            Message: e.message,
          },
        ],
      },
    }
  return {
    status: e.channel === "ApiFault" ? e.status : 400,
    body: {
      Type: "ApiFault",
      TrackingId: trackingId,
      OperationErrors: [operationError(name, details)],
    },
  }
}
