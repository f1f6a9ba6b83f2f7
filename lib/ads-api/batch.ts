import pMap from "p-map"

import type { ClientLinksClient, ClientLinkWrite } from "./client.server"
import { CALL_RATE_EXCEEDED, UpstreamError } from "./upstream-error"
import type { ApiResult, CallOptions } from "./send-request"
import {
  asUpstreamError,
  isDeferred,
  realSleep,
  type Random,
  type RetryPolicy,
  type Sleep,
  ThrottleGate,
  withRetry,
} from "./retry"
import {
  mapChunkResponse,
  notSentRow,
  type RowResult,
  rowErrorsFor,
} from "./batch-rows"
import type { WaitBudget } from "./wait-budget"
import type { WriteClientLinksResponse } from "./wire"

export { searchAllPages, type SearchAllOptions } from "./search-pages"
export {
  isOutcomeUnknown,
  LOCAL_CODES,
  mapChunkResponse,
  notSentRow,
  type RowError,
  type RowResult,
  rowErrorsFor,
} from "./batch-rows"

/** Add and Update take at most 10 links per call (spec §1, §8). */
export const CHUNK_SIZE = 10
export const DEFAULT_CONCURRENCY = 4

export type WriteChunk = (
  links: ClientLinkWrite[],
  opts: CallOptions,
) => Promise<ApiResult<WriteClientLinksResponse>>

export interface BatchOptions {
  concurrency?: number
  /** Rows settled so far (success or failure) out of all rows. */
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  sleep?: Sleep
  random?: Random
  retry?: Partial<RetryPolicy>
  /**
   * The request's deadline: a chunk that would have to wait past it is not sent and its
   * rows come back `notSent` with the wait Microsoft asked for.
   */
  budget?: WaitBudget
}

/** A 200 whose top-level OperationErrors say "throttled" is handled like a 429. */
const throttledAt200 = (
  operation: string,
  r: ApiResult<WriteClientLinksResponse>,
) =>
  r.data.OperationErrors?.some((e) => e.Code === CALL_RATE_EXCEEDED)
    ? new UpstreamError({
        operation,
        kind: "fault",
        status: 200,
        trackingId: r.trackingId,
        errors: r.data.OperationErrors.map((e) => ({
          code: e.Code,
          errorCode: null,
          message: e.Message,
          details: e.Details,
        })),
        mayHaveReachedServer: false,
      })
    : null

/** Sends any number of links, 10 per call, and returns one result per link in input order. */
export async function writeInChunks(
  operation: string,
  write: WriteChunk,
  links: ClientLinkWrite[],
  options: BatchOptions = {},
): Promise<RowResult[]> {
  const { signal, onProgress, budget } = options
  const sleep = options.sleep ?? budget?.sleep ?? realSleep
  const gate = new ThrottleGate(sleep, budget ? () => budget.now() : Date.now)
  const chunks = Array.from(
    { length: Math.ceil(links.length / CHUNK_SIZE) },
    (_, i) => links.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE),
  )
  let done = 0

  // A pool, not rounds: the next chunk goes as soon as any one is answered.
  const perChunk = await pMap(
    chunks,
    async (rows) => {
      let out: RowResult[]
      try {
        const send = async () => {
          const r = await write(rows, { signal })
          const throttled = throttledAt200(operation, r)
          if (throttled) throw throttled
          return r
        }
        const r = await withRetry(send, {
          kind: "write",
          operation,
          gate,
          sleep,
          random: options.random,
          policy: options.retry,
          signal,
          budget,
        })
        out = mapChunkResponse(r, rows.length)
      } catch (e) {
        if (isDeferred(e)) {
          const row = notSentRow(e)
          out = rows.map(() => row)
        } else {
          const errors = rowErrorsFor(asUpstreamError(e, operation))
          out = rows.map(() => ({ ok: false, errors }))
        }
      }
      done += rows.length
      onProgress?.(done, links.length)
      return out
    },
    { concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) },
  )
  return perChunk.flat()
}

export const addClientLinksInChunks = (
  client: Pick<ClientLinksClient, "addClientLinks">,
  links: ClientLinkWrite[],
  options?: BatchOptions,
) => writeInChunks("AddClientLinks", client.addClientLinks, links, options)

export const updateClientLinksInChunks = (
  client: Pick<ClientLinksClient, "updateClientLinks">,
  links: ClientLinkWrite[],
  options?: BatchOptions,
) =>
  writeInChunks("UpdateClientLinks", client.updateClientLinks, links, options)
