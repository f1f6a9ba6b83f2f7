import type { ClientLinkInput } from "@/lib/client-links/rules/add"
import {
  apiErrorBodySchema,
  bulkResponseSchema,
  type RowResult,
} from "@/lib/client-links/requests"

import type { RequestFailure } from "./outcomes"

export const INVITE_URL = "/api/client-links/invite"

export type SliceAnswer =
  | { kind: "results"; results: RowResult[] }
  | {
      kind: "failed"
      status: number | null
      failure: RequestFailure
      /** Field problems by path inside the request, e.g. `links.3.Name`. */
      fields: Record<string, string>
    }

const failed = (
  status: number | null,
  code: string,
  message: string,
  opts: {
    retryable: boolean
    mayHaveApplied: boolean
    trackingId?: string | null
  },
  fields: Record<string, string> = {},
): SliceAnswer => ({
  kind: "failed",
  status,
  fields,
  failure: {
    error: { code, message, trackingId: opts.trackingId ?? null },
    retryable: opts.retryable,
    mayHaveApplied: opts.mayHaveApplied,
  },
})

function messageFor(status: number, serverMessage: string | undefined) {
  if (status === 401)
    return "Your sign-in expired. Sign in again; these rows are kept and can be retried."
  if (status === 403)
    return (
      serverMessage ?? "Your role does not allow sending these invitations."
    )
  if (status === 413)
    return "This request was too large for the server. Retry these rows."
  if (status === 429)
    return "Too many requests right now. Wait a minute, then retry these rows."
  if (status >= 500)
    return `The server had a problem (HTTP ${status}). These rows may not have been sent; retrying is safe.`
  return serverMessage ?? `The server refused the request (HTTP ${status}).`
}

/** One slice to the invite route; never throws: every failure becomes a `failed` answer. */
export async function postInviteSlice(
  links: ClientLinkInput[],
  fetchImpl: typeof fetch = fetch,
): Promise<SliceAnswer> {
  let res: Response
  try {
    res = await fetchImpl(INVITE_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ links }),
    })
  } catch {
    return failed(
      null,
      "network",
      "The connection was lost before the server answered. These rows may not have been sent; retrying is safe.",
      { retryable: true, mayHaveApplied: true },
    )
  }
  const body: unknown = await res.json().catch(() => null)
  if (res.ok) {
    const parsed = bulkResponseSchema.safeParse(body)
    if (parsed.success && parsed.data.results.length === links.length)
      return { kind: "results", results: parsed.data.results }
    return failed(
      res.status,
      "malformed",
      "The server's answer could not be read. These rows may have been sent; retrying is safe.",
      { retryable: true, mayHaveApplied: true },
    )
  }
  const error = apiErrorBodySchema.safeParse(body).data?.error
  return failed(
    res.status,
    error?.code ?? `HTTP ${res.status}`,
    messageFor(res.status, error?.message),
    {
      retryable: [401, 408, 413, 429].includes(res.status) || res.status >= 500,
      mayHaveApplied: res.status >= 500 || res.status === 408,
      trackingId: error?.trackingId,
    },
    error?.fields,
  )
}
