import type { GridResponse, GridRow } from "@/lib/contract/grid"
import { isNotSent } from "@/lib/contract/row-result"
import type {
  RowError,
  StatusAction,
  StatusRequest,
} from "@/lib/contract/writes"
import { fetchJson } from "@/lib/fetch-json"

import { ACTION_STATUS } from "@/lib/contract/rules"
import {
  type ExplainedError,
  localFailureFrom,
  type RowFailure,
  type StatusOutcome,
} from "./status-outcome"

export const STATUS_URL = "/api/client-links/status"

const loadBulkResponseSchema = () =>
  import("@/lib/contract/writes").then((m) => m.bulkResponseSchema)
// The help texts load with the answer, not with the grid.
const loadErrorCodes = () => import("@/lib/ads-api/error-codes")

async function explained(errors: RowError[]): Promise<ExplainedError[]> {
  const { detailForCode, helpForCode } = await loadErrorCodes()
  return errors.map((e) => ({
    ...e,
    help: helpForCode(e.code, e.message),
    detail: detailForCode(e.code, e.message),
  }))
}

/**
 * One request for any number of rows; the server sends them on in chunks of 10. Never
 * throws: a request that fails as a whole gives every row the same local failure (ours,
 * not Microsoft's), so the rows can be retried.
 */
export async function postStatus(
  action: StatusAction,
  rows: GridRow[],
  fetchImpl: typeof fetch = fetch,
): Promise<StatusOutcome[]> {
  const body: StatusRequest = {
    action,
    links: rows.map((r) => ({
      Type: r.type,
      ClientEntityId: r.clientId,
      ManagingCustomerId: r.managerId,
    })),
  }
  let failure: RowFailure
  try {
    const { results } = await fetchJson(
      STATUS_URL,
      loadBulkResponseSchema,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      },
      fetchImpl,
    )
    if (results.length === rows.length)
      return await Promise.all(
        results.map(async (r): Promise<StatusOutcome> =>
          r.ok
            ? { ok: true }
            : {
                ok: false,
                failure: {
                  source: "upstream",
                  errors: await explained(r.errors),
                },
                ...(isNotSent(r) ? { notSentRetryAfterS: r.retryAfter } : {}),
              },
        ),
      )
    failure = { source: "local", local: localFailureFrom(null) }
  } catch (e) {
    failure = { source: "local", local: localFailureFrom(e) }
  }
  return rows.map(() => ({ ok: false, failure }))
}

/** Rows the server changed, shown in their new status until the refetch arrives. */
export function patchRows(
  data: GridResponse | undefined,
  action: StatusAction,
  keys: ReadonlySet<string>,
): GridResponse | undefined {
  if (!data) return data
  const status = ACTION_STATUS[action]
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
