import type { ClientLinkInput } from "@/lib/link-rules/add"
import { bulkResponseSchema, type RowResult } from "@/lib/contract/writes"
import { ApiRequestError, fetchJson } from "@/lib/fetch-json"

import type { LocalFailure, RequestFailure } from "./outcomes"

export const INVITE_URL = "/api/client-links/invite"

export type SliceAnswer =
  | { kind: "results"; results: RowResult[] }
  | {
      kind: "failed"
      status: number | null
      failure: RequestFailure
      /** Field problems by path inside the request, e.g. `links.3.Name`. */
      fields: Readonly<Record<string, string>>
    }

const failed = (
  local: LocalFailure,
  opts: { retryable: boolean; mayHaveApplied: boolean },
  fields: Readonly<Record<string, string>> = {},
): SliceAnswer => ({
  kind: "failed",
  status: local.status,
  fields,
  failure: { local, ...opts },
})

function messageFor(e: ApiRequestError): string {
  const status = e.status ?? 0
  if (status === 401)
    return "Your sign-in expired. Sign in again; these rows are kept and can be retried."
  if (status === 403)
    return e.code !== null
      ? e.message
      : "Your role does not allow sending these invitations."
  if (status === 413)
    return "This request was too large for the server. Retry these rows."
  if (status === 429)
    return e.retryAfterS !== null
      ? `Too many requests, try again in ${e.retryAfterS} s. These rows were not sent.`
      : "Too many requests right now. Wait a minute, then retry these rows."
  if (status >= 500)
    return `The Linkdesk server had a problem (HTTP ${status}). These rows may not have been sent; retrying is safe.`
  return e.code !== null
    ? e.message
    : `The Linkdesk server refused the request (HTTP ${status}).`
}

const loadSchema = () => Promise.resolve(bulkResponseSchema)

/** One slice to the invite route; never throws: every failure becomes a `failed` answer. */
export async function postInviteSlice(
  links: ClientLinkInput[],
  fetchImpl: typeof fetch = fetch,
): Promise<SliceAnswer> {
  try {
    const { results } = await fetchJson(
      INVITE_URL,
      loadSchema,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ links }),
      },
      fetchImpl,
    )
    if (results.length === links.length) return { kind: "results", results }
  } catch (e) {
    if (e instanceof ApiRequestError && e.kind === "network")
      return failed(
        {
          kind: "network",
          status: null,
          message:
            "No answer from Linkdesk: check your connection. These rows may have been sent; retrying is safe.",
          trackingId: null,
        },
        { retryable: true, mayHaveApplied: true },
      )
    if (e instanceof ApiRequestError) {
      const status = e.status ?? 0
      return failed(
        {
          kind: "route",
          status: e.status,
          message: messageFor(e),
          trackingId: e.trackingId,
        },
        {
          retryable: [401, 408, 413, 429].includes(status) || status >= 500,
          mayHaveApplied: status >= 500 || status === 408,
        },
        e.fields,
      )
    }
  }
  // A success answer that does not line up with the rows, or cannot be read at all.
  return failed(
    {
      kind: "unreadable",
      status: 200,
      message:
        "The Linkdesk server's answer could not be read. These rows may have been sent; retrying is safe.",
      trackingId: null,
    },
    { retryable: true, mayHaveApplied: true },
  )
}
