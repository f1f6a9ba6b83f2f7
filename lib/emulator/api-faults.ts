import type { OpResult } from "./types"

/**
 * The one request-level fault the client-link code table lacks: a request message the
 * service cannot read (not JSON, not an object, a member of the wrong type, or a method the
 * route does not take). Code 100 NullRequest "The request message is null." is documented
 * (MA guides/operation-error-codes.md); using it for these cases, and the channel, are our choice.
 */
export const INVALID_REQUEST_CODE = 100

export function invalidRequest(trackingId: string, details: string): OpResult {
  return {
    status: 400,
    body: {
      Type: "ApiFault",
      TrackingId: trackingId,
      OperationErrors: [
        {
          Code: INVALID_REQUEST_CODE,
          Details: details,
          Message: "The request message is null.",
        },
      ],
    },
  }
}
