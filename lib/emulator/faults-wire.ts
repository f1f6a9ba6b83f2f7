import {
  SERVICE_CODES,
  type ServiceCodeName,
} from "@/lib/ads-api/service-codes"
import type { OperationError } from "@/lib/ads-api/wire"

import type { OpResult } from "./types"

/**
 * How each code travels when it is a request-level fault (docs/emulator-codes.md,
 * "Channels"): generic, sign-in and permission errors as AdApiFaultDetail with their HTTP
 * status, request-data errors as ApiFault 400. Every other code is a per-link
 * PartialErrors entry, and an ApiFault 400 when a whole request fails on it.
 */
const AD_API_FAULTS: Partial<Record<ServiceCodeName, number>> = {
  InternalError: 500,
  InvalidCredentials: 401,
  UserIsNotAuthorized: 403,
  AuthenticationTokenExpired: 401,
  RequestMissingHeaders: 401,
  CallRateExceeded: 429,
}

export type CodeName = ServiceCodeName

/** An OperationError for the code `name`: Code, Details and Message, no ErrorCode. */
export function operationError(
  name: CodeName,
  details: string | null = null,
): OperationError {
  const e = SERVICE_CODES[name]
  return { Code: e.code, Details: details, Message: e.message }
}

/** A request-level fault for the code `name`, on its channel. */
export function fault(
  name: CodeName,
  trackingId: string,
  details: string | null = null,
): OpResult {
  const status = AD_API_FAULTS[name]
  if (status !== undefined) {
    const e = SERVICE_CODES[name]
    return {
      status,
      body: {
        Type: "AdApiFaultDetail",
        TrackingId: trackingId,
        Errors: [
          {
            Code: e.code,
            Detail: details,
            ErrorCode: name,
            Message: e.message,
          },
        ],
      },
    }
  }
  return {
    status: 400,
    body: {
      Type: "ApiFault",
      TrackingId: trackingId,
      OperationErrors: [operationError(name, details)],
    },
  }
}
