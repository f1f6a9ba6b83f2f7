import { z } from "zod"

import {
  isUpstreamError,
  type UpstreamError,
} from "@/lib/ads-api/upstream-error"
import type { ApiErrorBody } from "@/lib/contract/writes"
import {
  type DomainError,
  GatherTimeoutError,
  isDomainError,
  SessionExpiredError,
} from "@/lib/link-rules/errors"

import { type ApiErrorCode, defaultMessage, statusForCode } from "./error-codes"
import { codeForUpstream, DOMAIN_ERROR_CODES } from "./error-map"

/*
 * The schemas the browser shares with us are zod/mini, which loads no messages: without a
 * locale every default message would read "Invalid input". Error bodies put those messages
 * into `fields`, so the server speaks zod's English (classic zod installs it on import too).
 */
z.config(z.locales.en())

/**
 * Our error answers: `{ error: { code, message, trackingId?, fields? } }` with the status
 * from the code table. Handlers throw; `withSession` turns whatever was thrown into one of these.
 */
export interface ApiErrorInit {
  message?: string
  trackingId?: string | null
  /** Field-level problems keyed by path, e.g. `links.3.Name`. */
  fields?: Record<string, string>
  headers?: Record<string, string>
  cause?: unknown
}

export class ApiError extends Error {
  override name = "ApiError"
  readonly code: ApiErrorCode
  readonly trackingId: string | null
  readonly fields: Record<string, string> | undefined
  readonly headers: Record<string, string>

  constructor(code: ApiErrorCode, init: ApiErrorInit = {}) {
    super(init.message ?? defaultMessage(code), { cause: init.cause })
    this.code = code
    this.trackingId = init.trackingId ?? null
    this.fields = init.fields
    this.headers = init.headers ?? {}
  }

  get status(): number {
    return statusForCode(this.code)
  }

  toResponse(): Response {
    const error: ApiErrorBody["error"] = {
      code: this.code,
      message: this.message,
    }
    if (this.trackingId) error.trackingId = this.trackingId
    if (this.fields) error.fields = this.fields
    return Response.json({ error } satisfies ApiErrorBody, {
      status: this.status,
      headers: { "Cache-Control": "no-store", ...this.headers },
    })
  }
}

/** Zod issues as `fields` keyed by path (`links.3.Name`); the first problem per field wins. */
export function fromZodError(error: z.core.$ZodError): ApiError {
  const fields: Record<string, string> = {}
  let rootMessage: string | undefined
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".")
    if (key === "") rootMessage ??= issue.message
    else fields[key] ??= issue.message
  }
  return new ApiError("invalid_request", {
    message: rootMessage ?? defaultMessage("invalid_request"),
    fields: Object.keys(fields).length > 0 ? fields : undefined,
  })
}

/** An upstream failure in our terms, always carrying the call's TrackingId when there is one. */
export function fromUpstreamError(e: UpstreamError): ApiError {
  const code = codeForUpstream(e)
  const trackingId = e.trackingId
  const headers: Record<string, string> = {}
  if (code === "rate_limited" && e.retryAfterMs !== null)
    headers["Retry-After"] = String(Math.ceil(e.retryAfterMs / 1000))
  const first = e.errors[0]
  const message =
    code === "upstream_rejected" && first
      ? `Microsoft Advertising refused the request (code ${first.code}): ${first.message}`
      : undefined
  return new ApiError(code, { message, trackingId, headers, cause: e })
}

/** A domain failure in our terms (the code from the one table, lib/api/error-map.ts). */
export function fromDomainError(e: DomainError): ApiError {
  const code = DOMAIN_ERROR_CODES[e.kind]
  if (e instanceof GatherTimeoutError)
    return new ApiError(code, {
      headers: { "Retry-After": String(e.retryAfterSeconds) },
      cause: e,
    })
  if (e instanceof SessionExpiredError)
    return new ApiError(code, { trackingId: e.trackingId, cause: e })
  return new ApiError(code, { cause: e })
}

/**
 * Anything thrown, as an ApiError. Unknown errors become a generic 500; their detail (and that
 * of upstream outages) goes to the log under the request id, never into the body.
 */
export function toApiError(e: unknown, requestId: string): ApiError {
  if (e instanceof ApiError) return e
  if (e instanceof z.core.$ZodError) return fromZodError(e)
  if (isDomainError(e)) return fromDomainError(e)
  if (isUpstreamError(e)) {
    const mapped = fromUpstreamError(e)
    if (mapped.status >= 500)
      console.error(`[api ${requestId}] upstream failure`, {
        operation: e.operation,
        kind: e.kind,
        status: e.status,
        trackingId: e.trackingId,
        errors: e.errors,
        message: e.message,
      })
    return mapped
  }
  console.error(`[api ${requestId}] unexpected error`, e)
  return new ApiError("internal_error", {
    message: `${defaultMessage("internal_error")} Reference: ${requestId}.`,
  })
}
