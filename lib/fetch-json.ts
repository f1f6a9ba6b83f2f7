import type * as z from "zod/mini"

/**
 * The browser's one way to call Linkdesk's own routes. A failed call throws ApiRequestError,
 * which says which of two things happened:
 * - `network`: no answer at all (offline, connection dropped); `status` is null;
 * - `route`: our route answered an error: its HTTP status, our error code and message,
 *   the TrackingId, field problems and Retry-After.
 * Microsoft's own codes never travel here: they are inside a 200 answer's rows.
 */
export type RequestFailureKind = "network" | "route"

export class ApiRequestError extends Error {
  override name = "ApiRequestError"
  constructor(
    message: string,
    readonly kind: RequestFailureKind,
    /** Our route's HTTP status; null when nothing answered. */
    readonly status: number | null,
    /** Our route's error code (`unauthorized`, `throttled`, …), or null. */
    readonly code: string | null,
    readonly trackingId: string | null = null,
    /** Seconds the route asked to wait (Retry-After), or null. */
    readonly retryAfterS: number | null = null,
    /** Field problems by path inside the request, e.g. `links.3.Name`. */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message)
  }
}

export const NO_ANSWER_MESSAGE =
  "No answer from Linkdesk: check your connection, then try again."


/**
 * Fetches JSON from our own routes and parses it with the schema `loadSchema` imports;
 * throws ApiRequestError unless `res.ok`. The schemas (and zod) load on demand, while the
 * request is in flight, so they stay out of the pages' first-load JavaScript.
 */
export async function fetchJson<S extends z.ZodMiniType>(
  url: string,
  loadSchema: () => Promise<S>,
  init?: RequestInit,
  fetchImpl: typeof fetch = fetch,
): Promise<z.output<S>> {
  const schema = loadSchema()
  // Awaited below on success; on a failed request its own error is the one to report.
  schema.catch(() => undefined)
  let res: Response
  try {
    res = await fetchImpl(url, {
      ...init,
      headers: { Accept: "application/json", ...init?.headers },
    })
  } catch (e) {
    // An abort is the caller's own doing, not a failure to report.
    if (init?.signal?.aborted) throw e
    throw networkError()
  }
  const json: unknown = await res.json().catch(() => null)
  if (!res.ok) throw await errorFrom(res, json)
  return (await schema).parse(json)
}

/** Nothing answered: offline, or the connection dropped. */
export const networkError = () =>
  new ApiRequestError(NO_ANSWER_MESSAGE, "network", null, null)

function retryAfterOf(res: Response): number | null {
  const s = Number(res.headers.get("Retry-After") ?? NaN)
  return Number.isFinite(s) && s >= 0 ? Math.ceil(s) : null
}

/** A failed answer of our routes: its message, code, TrackingId, fields and Retry-After. */
export async function errorFrom(res: Response, json: unknown) {
  const { apiErrorBodySchema } = await import("@/lib/contract/writes")
  const body = apiErrorBodySchema.safeParse(json).data?.error
  return new ApiRequestError(
    body?.message ?? `The Linkdesk server answered HTTP ${res.status}.`,
    "route",
    res.status,
    body?.code ?? null,
    body?.trackingId ?? null,
    retryAfterOf(res),
    body?.fields ?? {},
  )
}

/**
 * The sentence a person sees for a request that failed as a whole: what really went wrong
 * (our server, the connection, the sign-in), never a Microsoft error.
 */
export function requestFailureMessage(e: ApiRequestError): string {
  if (e.kind === "network") return NO_ANSWER_MESSAGE
  if (e.status === 401)
    return "Your sign-in expired. Sign in again, then retry."
  if (e.status === 429)
    return e.retryAfterS !== null
      ? `Too many requests, try again in ${e.retryAfterS} s.`
      : "Too many requests, try again in a minute."
  if (e.status !== null && e.status >= 500 && e.code === null)
    return `The Linkdesk server had a problem (HTTP ${e.status}). Try again in a minute.`
  return e.message
}
