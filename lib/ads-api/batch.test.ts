import { describe, expect, it } from "vitest"

import {
  LINKS_PER_CALL,
  isOutcomeUnknown,
  LOCAL_CODES,
  type RowResult,
  writeInChunks,
} from "./batch"
import {
  links,
  ok,
  opError,
  recorder,
  recordingSleep,
  throttled,
  tick,
  upstream,
} from "./fakes.test-support"

const codes = (r: RowResult | undefined) =>
  r && !r.ok ? r.errors.map((e) => e.code) : []

describe("chunks, order and concurrency", () => {
  it.each([
    [11, [10, 1]],
    [25, [10, 10, 5]],
  ])("%i links go in chunks of %j", async (n, sizes) => {
    const rec = recorder((_, idx) => ok(idx.length))
    const results = await writeInChunks("AddClientLinks", rec.write, links(n))
    expect(rec.calls.map((c) => c.length)).toEqual(sizes)
    expect(rec.calls.flat().sort((a, b) => a - b)).toEqual(
      Array.from({ length: n }, (_, i) => i),
    )
    expect(results).toEqual(Array.from({ length: n }, () => ({ ok: true })))
  })

  it("1,000 links: 100 calls of 10 in input order, results lined up, at most 4 at once", async () => {
    // Every 7th link fails; chunks finish out of order (the fake varies its delay).
    const rec = recorder((_, idx) => ({
      OperationErrors: [],
      PartialErrors: idx.map((i) => (i % 7 === 0 ? [opError(1410)] : null)),
    }))
    const progress: number[] = []
    const results = await writeInChunks(
      "AddClientLinks",
      rec.write,
      links(1000),
      {
        onProgress: (done, total) => {
          expect(total).toBe(1000)
          progress.push(done)
        },
      },
    )
    expect(rec.calls).toHaveLength(100)
    for (const c of rec.calls) {
      expect(c).toHaveLength(LINKS_PER_CALL)
      expect(c).toEqual([...c].sort((a, b) => a - b))
      expect(c[0]! % 10).toBe(0)
    }
    expect(rec.maxInFlight()).toBe(4)
    expect(results).toHaveLength(1000)
    results.forEach((r, i) => expect(r.ok, `row ${i}`).toBe(i % 7 !== 0))
    expect(codes(results[7])).toEqual([1410])
    expect(progress).toHaveLength(100)
    expect(progress.at(-1)).toBe(1000)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it("sends nothing for no links", async () => {
    const rec = recorder((_, idx) => ok(idx.length))
    expect(await writeInChunks("AddClientLinks", rec.write, [])).toEqual([])
    expect(rec.calls).toHaveLength(0)
  })

  it("keeps to a smaller bound", async () => {
    const rec = recorder((_, idx) => ok(idx.length))
    await writeInChunks("AddClientLinks", rec.write, links(95), {
      concurrency: 2,
    })
    expect(rec.maxInFlight()).toBe(2)
    expect(rec.calls).toHaveLength(10)
  })
})

describe("row mapping", () => {
  it("a failed middle chunk fails only its rows, with the fault's code and TrackingId", async () => {
    const fault = upstream({
      kind: "fault",
      status: 400,
      trackingId: "trk-bad",
      errors: [
        { code: 3024, errorCode: null, message: "too many", details: null },
      ],
    })
    const rec = recorder((_, idx) => (idx[0] === 10 ? fault : ok(idx.length)))
    const results = await writeInChunks("AddClientLinks", rec.write, links(25))
    results.forEach((r, i) => expect(r.ok).toBe(i < 10 || i >= 20))
    expect(results[15]).toEqual({
      ok: false,
      errors: [
        {
          code: 3024,
          message: "too many",
          details: null,
          trackingId: "trk-bad",
          retryable: false,
          outcomeUnknown: false,
        },
      ],
    })
    expect(rec.calls).toHaveLength(3)
  })

  it("maps PartialErrors to their rows and top-level OperationErrors to the whole chunk", async () => {
    const rec = recorder((_, idx) =>
      idx[0] === 0
        ? {
            OperationErrors: [],
            PartialErrors: [
              null,
              [opError(1424), opError(1471)],
              ...idx.slice(2).map(() => null),
            ],
          }
        : { OperationErrors: [opError(106)], PartialErrors: null },
    )
    const results = await writeInChunks("AddClientLinks", rec.write, links(12))
    expect(results.map(codes)).toEqual([
      [],
      [1424, 1471],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [106],
      [106],
    ])
    expect(results[1]?.ok === false && results[1].errors[0]?.trackingId).toBe(
      "trk-0",
    )
  })

  it("a PartialErrors list of the wrong length fails every row of that chunk, never guessing", async () => {
    const rec = recorder((_, idx) =>
      idx[0] === 0
        ? { OperationErrors: [], PartialErrors: [[opError(1410)], null] }
        : ok(idx.length),
    )
    const results = await writeInChunks("AddClientLinks", rec.write, links(13))
    for (const r of results.slice(0, 10)) {
      expect(codes(r)).toEqual([LOCAL_CODES.Malformed])
      expect(isOutcomeUnknown(r)).toBe(true)
    }
    expect(results.slice(10).every((r) => r.ok)).toBe(true)
  })

  it("reads [] and null PartialErrors as all rows succeeded", async () => {
    const rec = recorder((n) => ({
      OperationErrors: null,
      PartialErrors: n === 0 ? [] : null,
    }))
    const results = await writeInChunks("AddClientLinks", rec.write, links(20))
    expect(results.every((r) => r.ok)).toBe(true)
  })
})

describe("throttling", () => {
  it("honours Retry-After and pauses the other chunks too", async () => {
    let release = () => {}
    const waits: number[] = []
    const sleep = (ms: number) => {
      waits.push(ms)
      return new Promise<void>((r) => (release = r))
    }
    const rec = recorder((n, idx) =>
      n === 0 ? throttled(7_000) : ok(idx.length),
    )
    const done = writeInChunks("AddClientLinks", rec.write, links(30), {
      concurrency: 2,
      sleep,
    })
    for (let i = 0; i < 20; i++) await tick()
    // Chunk 0 was throttled, chunk 1 went through; chunk 2 waits at the gate.
    expect(waits).toEqual([7_000])
    expect(rec.calls.map((c) => c[0])).toEqual([0, 10])
    release()
    const results = await done
    expect(rec.calls.map((c) => c[0]).sort((a, b) => a! - b!)).toEqual([
      0, 0, 10, 20,
    ])
    expect(results.every((r) => r.ok)).toBe(true)
  })

  it("backs off exponentially with jitter, capped, and gives up after maxAttempts", async () => {
    const { sleep, waits } = recordingSleep()
    const rec = recorder(() => throttled(null))
    const results = await writeInChunks("AddClientLinks", rec.write, links(3), {
      sleep,
      random: () => 0.5,
      retry: { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 3_000 },
    })
    expect(waits).toEqual([750, 1_500, 2_250, 2_250])
    expect(rec.calls).toHaveLength(5)
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [{ code: 117, retryable: true, outcomeUnknown: false }],
    })
  })

  it("treats code 117 in a 200's OperationErrors as throttling", async () => {
    const { sleep, waits } = recordingSleep()
    const rec = recorder((n, idx) =>
      n === 0
        ? { OperationErrors: [opError(117)], PartialErrors: null }
        : ok(idx.length),
    )
    const results = await writeInChunks("AddClientLinks", rec.write, links(2), {
      sleep,
      random: () => 0,
    })
    expect(waits).toEqual([500])
    expect(results.every((r) => r.ok)).toBe(true)
  })
})
