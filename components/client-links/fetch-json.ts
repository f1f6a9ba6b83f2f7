import type { z } from "zod"

import { apiErrorBodySchema } from "@/lib/client-links/requests"

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

/** Fetches JSON from our own routes; throws ApiRequestError unless `res.ok`. */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  init?: RequestInit,
): Promise<z.output<S>> {
  let res: Response
  try {
    res = await fetch(url, {
      ...init,
      headers: { Accept: "application/json", ...init?.headers },
    })
  } catch {
    throw new ApiRequestError(
      "Could not reach the Linkdesk server. Check your connection and try again.",
      0,
      "network",
      null,
    )
  }
  const json: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const body = apiErrorBodySchema.safeParse(json)
    throw body.success
      ? new ApiRequestError(
          body.data.error.message,
          res.status,
          body.data.error.code,
          body.data.error.trackingId ?? null,
        )
      : new ApiRequestError(
          `The server answered HTTP ${res.status}.`,
          res.status,
          "http",
          null,
        )
  }
  return schema.parse(json)
}
