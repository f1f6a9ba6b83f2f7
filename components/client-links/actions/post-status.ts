import type { GridResponse, GridRow } from "@/lib/client-links/grid-schema"
import type {
  RowError,
  RowResult,
  StatusAction,
  StatusRequest,
} from "@/lib/client-links/requests"

import { ApiRequestError, fetchJson } from "../fetch-json"
import { STATUS_AFTER } from "../row-actions-for"

export const STATUS_URL = "/api/client-links/status"

const loadBulkResponseSchema = () =>
  import("@/lib/client-links/requests").then((m) => m.bulkResponseSchema)

/** One request for any number of rows; the server sends them on in chunks of 10. */
export async function postStatus(
  action: StatusAction,
  rows: GridRow[],
): Promise<RowResult[]> {
  const body: StatusRequest = {
    action,
    links: rows.map((r) => ({
      Type: r.type,
      ClientEntityId: r.clientId,
      ManagingCustomerId: r.managerId,
    })),
  }
  try {
    const { results } = await fetchJson(STATUS_URL, loadBulkResponseSchema, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    })
    if (results.length !== rows.length)
      throw new ApiRequestError(
        `The server answered ${results.length} results for ${rows.length} links.`,
        200,
        "malformed",
        null,
      )
    return results
  } catch (e) {
    // The whole request failed: every row carries the same error, so it can be retried.
    const err =
      e instanceof ApiRequestError
        ? e
        : new ApiRequestError(String(e), 0, "unknown", null)
    const error: RowError = {
      code: err.status,
      message: err.message,
      details: null,
      trackingId: err.trackingId,
      retryable: err.status === 0 || err.status === 429 || err.status >= 500,
    }
    return rows.map(() => ({ ok: false, errors: [error] }))
  }
}

/** Rows the server changed, shown in their new status until the refetch arrives. */
export function patchRows(
  data: GridResponse | undefined,
  action: StatusAction,
  keys: ReadonlySet<string>,
): GridResponse | undefined {
  if (!data) return data
  const status = STATUS_AFTER[action]
  return {
    ...data,
    rows: data.rows.map((r) =>
      keys.has(r.key)
        ? {
            ...r,
            status,
            scheduled: false,
            stuck: false,
            daysLeft: null,
            expiresAt: null,
          }
        : r,
    ),
  }
}
