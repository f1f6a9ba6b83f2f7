import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"

import {
  addClientLinksInChunks,
  isOutcomeUnknown,
  LOCAL_CODES,
  searchAllPages,
} from "./batch"
import {
  type ContractWorld,
  startContractWorld,
} from "./emulator-world.test-support"
import { ERROR_CODES } from "./error-codes"
import { UpstreamError } from "./upstream-error"
import type { Predicate } from "./wire"

/**
 * Transport failures over real HTTP, injected by the emulator's fault schedule
 * (POST /_emulator/faults): what the typed error says, and what batching does with it.
 */
let world: ContractWorld

beforeAll(async () => {
  world = await startContractWorld(23)
}, 60_000)

afterAll(async () => {
  await world?.server.close()
})

beforeEach(async () => {
  await fetch(new URL("/_emulator/faults", world.server.url), {
    method: "DELETE",
  })
})

async function schedule(
  operation: string,
  kind: string,
  calls = [1],
  latencyMs?: number,
) {
  const res = await fetch(new URL("/_emulator/faults", world.server.url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ operation, kind, calls, latencyMs }),
  })
  expect(res.status).toBe(200)
}

const statusOf = async (accountId: string) => {
  const predicates: Predicate[] = [
    { Field: "ClientAccountId", Operator: "Equals", Value: accountId },
    {
      Field: "DirectManagingCustomerId",
      Operator: "Equals",
      Value: world.agencyId,
    },
  ]
  const r = await searchAllPages(world.client(), predicates, null)
  return r.links.map((l) => l.Status)
}

const free = (i: number) => world.plan.freeAccountIds[100 + i]!

describe("contract: failures over real HTTP", () => {
  it("429: waits for Retry-After (60 s, via the injected sleep), then succeeds", async () => {
    await schedule("AddClientLinks", "throttle")
    const waits: number[] = []
    const results = await addClientLinksInChunks(
      world.client(),
      [world.invite(free(0))],
      {
        sleep: (ms) => {
          waits.push(ms)
          return Promise.resolve()
        },
      },
    )
    expect(waits).toEqual([60_000])
    expect(results).toEqual([{ ok: true }])
    expect(await statusOf(free(0))).toEqual(["LinkPending"])
  })

  it("a dropped connection: network error, not resent, outcome unknown", async () => {
    await schedule("AddClientLinks", "drop")
    const e = await world
      .client()
      .addClientLinks([world.invite(free(1))])
      .catch((x: unknown) => x)
    expect(e).toBeInstanceOf(UpstreamError)
    expect(e).toMatchObject({ kind: "network", mayHaveReachedServer: true })

    await schedule("AddClientLinks", "drop")
    const results = await addClientLinksInChunks(world.client(), [
      world.invite(free(2)),
    ])
    expect(isOutcomeUnknown(results[0]!)).toBe(true)
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [
        { code: LOCAL_CODES.Network, retryable: true, outcomeUnknown: true },
      ],
    })
    // The emulator drops before the operation runs, so nothing was written: only a search can tell.
    expect(await statusOf(free(2))).toEqual([])
  })

  it("a malformed 200: the write happened, the answer was lost, and it is not resent", async () => {
    await schedule("AddClientLinks", "malformed")
    const results = await addClientLinksInChunks(world.client(), [
      world.invite(free(3)),
    ])
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [{ code: LOCAL_CODES.Malformed, outcomeUnknown: true }],
    })
    expect(await statusOf(free(3))).toEqual(["LinkPending"])
  })

  it("a 500 on a write is not resent; on a read it is retried", async () => {
    await schedule("AddClientLinks", "status500")
    const results = await addClientLinksInChunks(world.client(), [
      world.invite(free(4)),
    ])
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [
        {
          code: ERROR_CODES.InternalError.code,
          retryable: true,
          outcomeUnknown: true,
        },
      ],
    })
    await schedule("SearchClientLinks", "status500")
    const waits: number[] = []
    const predicates: Predicate[] = [
      {
        Field: "DirectManagingCustomerId",
        Operator: "Equals",
        Value: world.agencyId,
      },
    ]
    const r = await searchAllPages(world.client(), predicates, null, {
      concurrency: 1,
      sleep: (ms) => {
        waits.push(ms)
        return Promise.resolve()
      },
    })
    expect(waits).toHaveLength(1)
    expect(r.links.length).toBeGreaterThan(200)
  })

  it("a slow answer past timeoutMs is a timeout", async () => {
    await schedule("SearchClientLinks", "latency", [1], 2_000)
    const e = await world
      .client({ timeoutMs: 200 })
      .searchClientLinks({
        Predicates: [
          {
            Field: "DirectManagingCustomerId",
            Operator: "Equals",
            Value: world.agencyId,
          },
        ],
        PageInfo: { Index: 0, Size: 1 },
      })
      .catch((x: unknown) => x)
    expect(e).toMatchObject({ kind: "timeout", mayHaveReachedServer: true })
  })
})
