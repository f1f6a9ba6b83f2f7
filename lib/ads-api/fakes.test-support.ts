import type { WriteChunk } from "./batch"
import type { ClientLinkWrite } from "./client.server"
import { UpstreamError, type UpstreamErrorInit } from "./upstream-error"
import type { Sleep } from "./retry"
import type { OperationError, WriteClientLinksResponse } from "./wire"

/** Test helpers for batching (not shipped: only *.test.ts import this). */

export const links = (n: number): ClientLinkWrite[] =>
  Array.from({ length: n }, (_, i) => ({
    ClientEntityId: String(1000 + i),
    ManagingCustomerId: "2001",
    IsBillToClient: true,
  }))

/** The input index a fake recovers from a link. */
export const indexOf = (l: ClientLinkWrite) => Number(l.ClientEntityId) - 1000

export const opError = (Code: number, Message = `error ${Code}`) =>
  ({ Code, Details: null, Message }) satisfies OperationError

export const ok = (size: number): WriteClientLinksResponse => ({
  OperationErrors: [],
  PartialErrors: Array.from({ length: size }, () => null),
})

export const upstream = (
  init: Partial<UpstreamErrorInit> & Pick<UpstreamErrorInit, "kind">,
) =>
  new UpstreamError({
    operation: "AddClientLinks",
    mayHaveReachedServer: true,
    ...init,
  })

export const throttled = (retryAfterMs: number | null = null) =>
  upstream({
    kind: "fault",
    status: 429,
    retryAfterMs,
    mayHaveReachedServer: false,
    errors: [
      {
        code: 117,
        errorCode: "CallRateExceeded",
        message: "slow down",
        details: null,
      },
    ],
  })

/** Lets other promises run, so concurrent chunks overlap for real. */
export const tick = () => new Promise<void>((r) => setImmediate(r))

export interface Recorder {
  write: WriteChunk
  /** Each call's input indexes, in call order. */
  calls: number[][]
  maxInFlight: () => number
}

/** A write fake: `answer` gets the call number and the chunk's input indexes. */
export function recorder(
  answer: (
    call: number,
    indexes: number[],
  ) =>
    | WriteClientLinksResponse
    | UpstreamError
    | Promise<WriteClientLinksResponse>,
  ticks = 2,
): Recorder {
  const calls: number[][] = []
  let inFlight = 0
  let max = 0
  const write: WriteChunk = async (chunk) => {
    const indexes = chunk.map(indexOf)
    const n = calls.push(indexes) - 1
    inFlight += 1
    max = Math.max(max, inFlight)
    try {
      for (let t = 0; t < ticks + (n % 3); t++) await tick()
      const a = await answer(n, indexes)
      if (a instanceof UpstreamError) throw a
      return { data: a, trackingId: `trk-${n}` }
    } finally {
      inFlight -= 1
    }
  }
  return { write, calls, maxInFlight: () => max }
}

/** A sleep that records each wait and returns at once. */
export function recordingSleep(): { sleep: Sleep; waits: number[] } {
  const waits: number[] = []
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms)
      return Promise.resolve()
    },
  }
}
