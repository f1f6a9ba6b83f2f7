import type { z } from "zod"

/** A route handler's error answer, as the UI shows it: message, code and TrackingId. */
export class ApiRequestError extends Error {
  override name = "ApiRequestError"
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly trackingId: string | null,
  ) {
    super(message)
  }
}

/**
 * Fetches JSON from our own routes and parses it with the schema `loadSchema` imports;
 * throws ApiRequestError unless `res.ok`. The schemas (and zod) load on demand, while the
 * request is in flight, so they stay out of the pages' first-load JavaScript.
 */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  loadSchema: () => Promise<S>,
  init?: RequestInit,
): Promise<z.output<S>> {
  const schema = loadSchema()
  // Awaited below on success; on a failed request its own error is the one to report.
  schema.catch(() => undefined)
  let res: Response
  try {
    res = await fetch(url, {
      ...init,
      headers: { Accept: "application/json", ...init?.headers },
    })
  } catch {
    throw networkError()
  }
  const json: unknown = await res.json().catch(() => null)
  if (!res.ok) throw await errorFrom(res.status, json)
  return (await schema).parse(json)
}

/** The browser could not reach our server at all. */
export const networkError = () =>
  new ApiRequestError(
    "Could not reach the Linkdesk server. Check your connection and try again.",
    0,
    "network",
    null,
  )

/** A failed answer of our routes as an ApiRequestError: their message, or the bare status. */
export async function errorFrom(status: number, json: unknown) {
  const { apiErrorBodySchema } = await import("@/lib/client-links/requests")
  const body = apiErrorBodySchema.safeParse(json)
  return body.success
    ? new ApiRequestError(
        body.data.error.message,
        status,
        body.data.error.code,
        body.data.error.trackingId ?? null,
      )
    : new ApiRequestError(
        `The server answered HTTP ${status}.`,
        status,
        "http",
        null,
      )
}
