import "server-only"

import { REQUEST_WAIT_BUDGET_MS } from "@/lib/ads-api/wait-budget"
import {
  type GridQuery,
  type GridResponse,
  type LinkRow,
} from "@/lib/contract/grid"
import { toCsv } from "@/lib/csv"
import { GatherTimeoutError } from "@/lib/link-rules/errors"

import {
  type GatherClient,
  type GatherTarget,
  settleGathered,
} from "./gather.server"
import { pageOf, viewRows } from "./query"
import { forViewer } from "./link-rows"

/** What the list and export need from their caller (lib/api builds it from the session). */
export interface GridCaller {
  userId: string
  target: GatherTarget
  client: GatherClient
}

/** How long a request waits for the gather before answering with what has arrived. */
export const FIRST_ANSWER_WAIT_MS = 1_500
/**
 * How long an export waits for the gather to finish: the one request wait budget, so no
 * proxy cuts the download's request while it waits (docs/throttling.md).
 */
export const EXPORT_WAIT_MS = REQUEST_WAIT_BUDGET_MS
/** After an export timed out: when to ask again (the gather has carried on meanwhile). */
export const EXPORT_RETRY_AFTER_S = 30

export async function loadGrid(
  caller: GridCaller,
  query: GridQuery,
): Promise<GridResponse> {
  const snap = await settleGathered(
    caller.userId,
    caller.target,
    caller.client,
    FIRST_ANSWER_WAIT_MS,
  )
  const { rows, total, counts } = pageOf(snap.select(query), query)
  return {
    rows: rows.map((r) => forViewer(r, { id: caller.userId })),
    page: query.page,
    pageSize: query.pageSize,
    total,
    counts,
    complete: snap.complete,
    progress: snap.progress,
    gatheredAt: snap.gatheredAt.toISOString(),
  }
}

/** Export columns: API member names, so the file reads back into the invite form. */
const COLUMNS: [string, (r: LinkRow) => string | number | boolean | null][] = [
  ["Type", (r) => r.type],
  ["ClientEntityId", (r) => r.clientId],
  ["ClientEntityNumber", (r) => r.clientNumber],
  ["ClientEntityName", (r) => r.clientName],
  ["ClientEntityCustomerNumber", (r) => r.clientCustomerNumber],
  ["ManagingCustomerId", (r) => r.managerId],
  ["ManagingCustomerNumber", (r) => r.managerNumber],
  ["ManagingCustomerName", (r) => r.managerName],
  ["Status", (r) => r.status],
  ["Name", (r) => r.name],
  ["Note", (r) => r.note],
  ["IsBillToClient", (r) => r.isBillToClient],
  ["InviterName", (r) => r.inviterName],
  ["InviterEmail", (r) => r.inviterEmail],
  ["StartDate", (r) => r.startDate],
  ["LastModifiedDateTime", (r) => r.lastModified],
  ["LastModifiedByUserId", (r) => r.lastModifiedBy],
  ["ExpiresAt", (r) => r.expiresAt],
  ["DaysLeft", (r) => r.daysLeft],
  ["Scheduled", (r) => r.scheduled],
  ["Stuck", (r) => r.stuck],
]

const CHUNK_ROWS = 500

/** The whole current view as CSV, streamed in chunks once every page is gathered. */
export async function exportGrid(
  caller: GridCaller,
  query: GridQuery,
): Promise<ReadableStream<Uint8Array>> {
  const snap = await settleGathered(
    caller.userId,
    caller.target,
    caller.client,
    EXPORT_WAIT_MS,
  )
  if (!snap.complete) throw new GatherTimeoutError(EXPORT_RETRY_AFTER_S)
  const rows = viewRows(snap.sorted(query.sort, query.order), query)
  const encoder = new TextEncoder()
  let first = true
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk: LinkRow[] = []
      for (let next = rows.next(); !next.done; next = rows.next()) {
        chunk.push(next.value)
        if (chunk.length === CHUNK_ROWS) break
      }
      const lines = chunk.map((r) => COLUMNS.map(([, get]) => get(r)))
      if (first) lines.unshift(COLUMNS.map(([name]) => name))
      const text = toCsv(lines, { bom: first })
      first = false
      if (text) controller.enqueue(encoder.encode(text))
      if (chunk.length < CHUNK_ROWS) controller.close()
    },
  })
}
