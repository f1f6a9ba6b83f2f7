import { z } from "zod"

import {
  CALL_RATE_EXCEEDED,
  certainlyNotSent,
  FAULT_STATUSES,
  faultErrors,
  parseRetryAfter,
  UpstreamError,
} from "./upstream-error"
import { faultSchema } from "./wire"

/** What every client method returns: the parsed body and the call's TrackingId header. */
export interface ApiResult<T> {
  data: T
  trackingId: string | null
}

export interface CallOptions {
  signal?: AbortSignal
}

export interface RequestSpec<S extends z.core.$ZodType> {
  operation: string
  method: "POST" | "PUT"
  url: string
  headers: Record<string, string>
  body: unknown
  schema: S
  timeoutMs: number
  fetch: typeof globalThis.fetch
  signal?: AbortSignal
}

const readJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/**
 * One HTTP call: JSON out, the answer zod-parsed, every failure an UpstreamError. The
 * request body goes through JSON.stringify, which drops `undefined` members, so an absent
 * member is left out as JAVA and PY do (docs/client-link-api.md, "JSON").
 */
export async function sendRequest<S extends z.core.$ZodType>(
  spec: RequestSpec<S>,
): Promise<ApiResult<z.output<S>>> {
  const { operation } = spec
  if (spec.signal?.aborted)
    throw new UpstreamError({
      operation,
      kind: "aborted",
      mayHaveReachedServer: false,
      cause: spec.signal.reason,
      message: `${operation} was not sent: cancelled`,
    })
  const timeout = AbortSignal.timeout(spec.timeoutMs)
  const signal = spec.signal ? AbortSignal.any([timeout, spec.signal]) : timeout
  let status: number | null = null
  let trackingId: string | null = null
  let retryAfter: string | null = null
  let text: string
  try {
    const res = await spec.fetch(spec.url, {
      method: spec.method,
      headers: spec.headers,
      body: JSON.stringify(spec.body),
      signal,
    })
    status = res.status
    trackingId = res.headers.get("TrackingId")
    retryAfter = res.headers.get("Retry-After")
    text = await res.text()
  } catch (cause) {
    const common = { operation, status, trackingId, cause }
    if (spec.signal?.aborted)
      throw new UpstreamError({
        ...common,
        kind: "aborted",
        mayHaveReachedServer: true,
      })
    if (timeout.aborted)
      throw new UpstreamError({
        ...common,
        kind: "timeout",
        mayHaveReachedServer: true,
      })
    throw new UpstreamError({
      ...common,
      kind: "network",
      mayHaveReachedServer: status !== null || !certainlyNotSent(cause),
    })
  }

  const json = readJson(text)
  if (status >= 200 && status < 300) {
    const parsed = z.safeParse(spec.schema, json)
    if (parsed.success) return { data: parsed.data, trackingId }
    throw new UpstreamError({
      operation,
      kind: "malformed",
      status,
      trackingId,
      mayHaveReachedServer: true,
      cause: parsed.error,
      message: `${operation} answered ${status} with a body that does not match the wire schema`,
    })
  }

  const fault = faultSchema.safeParse(json)
  if (FAULT_STATUSES.has(status) && fault.success) {
    const errors = faultErrors(fault.data)
    const throttled =
      status === 429 || errors.some((e) => e.code === CALL_RATE_EXCEEDED)
    throw new UpstreamError({
      operation,
      kind: "fault",
      status,
      trackingId: trackingId ?? fault.data.TrackingId,
      errors,
      retryAfterMs: throttled ? parseRetryAfter(retryAfter) : null,
      mayHaveReachedServer: !throttled,
    })
  }
  throw new UpstreamError({
    operation,
    kind: "http",
    status,
    trackingId,
    retryAfterMs: status === 429 ? parseRetryAfter(retryAfter) : null,
    mayHaveReachedServer: status !== 429,
    message: `${operation} answered HTTP ${status}: ${text.slice(0, 200)}`,
  })
}
