import { describe, expect, it } from "vitest"

import { isOutcomeUnknown, LOCAL_CODES, writeInChunks } from "./batch"
import type { UpstreamError } from "./upstream-error"
import { notSent } from "./retry"
import {
  links,
  ok,
  recorder,
  recordingSleep,
  upstream,
} from "./fakes.test-support"

const fault500 = upstream({
  kind: "fault",
  status: 500,
  trackingId: "trk-500",
  errors: [
    { code: 0, errorCode: "InternalError", message: "boom", details: null },
  ],
})

describe("a write is never sent twice when it may have been applied", () => {
  it.each<[string, UpstreamError, number]>([
    ["a timeout", upstream({ kind: "timeout" }), LOCAL_CODES.Timeout],
    [
      "a dropped connection",
      upstream({ kind: "network" }),
      LOCAL_CODES.Network,
    ],
    ["a 500 fault", fault500, 0],
    ["a 502", upstream({ kind: "http", status: 502 }), LOCAL_CODES.Http],
    [
      "a malformed answer",
      upstream({ kind: "malformed", status: 200 }),
      LOCAL_CODES.Malformed,
    ],
  ])(
    "after %s: one call, rows retryable with the outcome unknown",
    async (_, error, code) => {
      const { sleep, waits } = recordingSleep()
      const rec = recorder((n, idx) => (n === 0 ? error : ok(idx.length)))
      const results = await writeInChunks(
        "AddClientLinks",
        rec.write,
        links(12),
        {
          sleep,
          concurrency: 1,
        },
      )
      expect(rec.calls.map((c) => c.length)).toEqual([10, 2])
      expect(waits).toEqual([])
      for (const r of results.slice(0, 10)) {
        expect(r.ok).toBe(false)
        if (r.ok) continue
        expect(r.errors.map((e) => e.code)).toEqual([code])
        expect(r.errors.every((e) => e.retryable && e.outcomeUnknown)).toBe(
          true,
        )
        expect(isOutcomeUnknown(r)).toBe(true)
      }
      expect(results.slice(10)).toEqual([{ ok: true }, { ok: true }])
    },
  )

  it("does not resend after a 400 fault either (a definite refusal, not retryable)", async () => {
    const rec = recorder(() =>
      upstream({
        kind: "fault",
        status: 400,
        errors: [
          { code: 3087, errorCode: null, message: "empty", details: null },
        ],
      }),
    )
    const results = await writeInChunks("AddClientLinks", rec.write, links(1))
    expect(rec.calls).toHaveLength(1)
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [{ code: 3087, retryable: false, outcomeUnknown: false }],
    })
    expect(isOutcomeUnknown(results[0]!)).toBe(false)
  })

  it("resends a write that certainly never left (connection refused)", async () => {
    const { sleep, waits } = recordingSleep()
    const refused = upstream({ kind: "network", mayHaveReachedServer: false })
    const rec = recorder((n, idx) => (n === 0 ? refused : ok(idx.length)))
    const results = await writeInChunks("AddClientLinks", rec.write, links(3), {
      sleep,
      random: () => 1,
    })
    expect(rec.calls).toHaveLength(2)
    expect(waits).toEqual([1_000])
    expect(results.every((r) => r.ok)).toBe(true)
  })

  it("reports a connection that kept failing as not sent", async () => {
    const rec = recorder(() =>
      upstream({ kind: "network", mayHaveReachedServer: false }),
    )
    const results = await writeInChunks("AddClientLinks", rec.write, links(2), {
      sleep: recordingSleep().sleep,
    })
    expect(rec.calls).toHaveLength(4)
    expect(results[1]).toMatchObject({
      ok: false,
      errors: [
        { code: LOCAL_CODES.NotSent, retryable: true, outcomeUnknown: false },
      ],
    })
  })
})

describe("abort", () => {
  it("rows not started fail as not sent; finished rows keep their results", async () => {
    const controller = new AbortController()
    const rec = recorder((_, idx) => ok(idx.length))
    const results = await writeInChunks(
      "AddClientLinks",
      rec.write,
      links(30),
      {
        concurrency: 1,
        signal: controller.signal,
        onProgress: (done) => {
          if (done === 10) controller.abort()
        },
      },
    )
    expect(rec.calls).toHaveLength(1)
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true)
    for (const r of results.slice(10))
      expect(r).toMatchObject({
        ok: false,
        errors: [
          { code: LOCAL_CODES.NotSent, retryable: true, outcomeUnknown: false },
        ],
      })
  })

  it("a chunk cancelled in flight has an unknown outcome", async () => {
    const rec = recorder(() => upstream({ kind: "aborted" }))
    const results = await writeInChunks("AddClientLinks", rec.write, links(1))
    expect(rec.calls).toHaveLength(1)
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [{ code: LOCAL_CODES.Aborted, outcomeUnknown: true }],
    })
  })

  it("an abort during a throttle pause keeps the throttle error, not resent", async () => {
    const controller = new AbortController()
    const sleep = (ms: number) => {
      void ms
      controller.abort()
      return Promise.resolve()
    }
    const throttle = upstream({
      kind: "fault",
      status: 429,
      mayHaveReachedServer: false,
      errors: [
        {
          code: 117,
          errorCode: "CallRateExceeded",
          message: "m",
          details: null,
        },
      ],
    })
    const rec = recorder(() => throttle)
    const results = await writeInChunks("AddClientLinks", rec.write, links(1), {
      sleep,
      signal: controller.signal,
    })
    expect(rec.calls).toHaveLength(1)
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [{ code: 117, retryable: true, outcomeUnknown: false }],
    })
  })

  it("notSent is an aborted error that never reached the server", () => {
    const e = notSent("AddClientLinks")
    expect([e.kind, e.mayHaveReachedServer, e.mayHaveTakenEffect]).toEqual([
      "aborted",
      false,
      false,
    ])
  })
})
