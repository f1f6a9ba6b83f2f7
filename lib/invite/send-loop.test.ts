import { describe, expect, it } from "vitest"

import { ALREADY_SENT_NOTE, type RowOutcome } from "./outcomes"
import type { SliceAnswer } from "./post-invite"
import { sendInSlices, settleSlice, slices } from "./send-loop"
import { err, fail, item, none } from "./rows.test-support"

describe("slices", () => {
  it("cuts into runs of at most the size, keeping order", () => {
    expect(slices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(slices([], 40)).toEqual([])
  })
})

describe("settleSlice", () => {
  it("gives each row its own outcome with the human message and TrackingId", () => {
    const { outcomes } = settleSlice(
      [item(1), item(2)],
      { kind: "results", results: [{ ok: true }, fail(err(1424))] },
      none,
    )
    expect(outcomes.get("k1")).toEqual({ state: "sent" })
    expect(outcomes.get("k2")).toEqual({
      state: "failed",
      errors: [
        {
          code: "1424",
          message: "Another agency already manages this client account.",
          trackingId: "t-1424",
        },
      ],
      local: null,
      retryable: false,
      unknownFor: null,
    })
  })

  it("counts 1410 as sent only after an attempt with an unknown outcome for the same pair", () => {
    const unknown: RowOutcome = {
      state: "failed",
      errors: [{ code: "HTTP 503", message: "x", trackingId: null }],
      local: null,
      retryable: true,
      unknownFor: item(1).identity,
    }
    const previous = (k: string) =>
      k === "k1" || k === "k3" ? unknown : undefined
    const changed = { ...item(3), identity: "AccountLink|id:33|id:900" }
    const { outcomes } = settleSlice(
      [item(1), item(2), changed],
      {
        kind: "results",
        results: [fail(err(1410)), fail(err(1410)), fail(err(1410))],
      },
      previous,
    )
    expect(outcomes.get("k1")).toEqual({
      state: "sent",
      note: ALREADY_SENT_NOTE,
    })
    expect(outcomes.get("k2")?.state).toBe("failed")
    expect(outcomes.get("k3")?.state).toBe("failed")
  })

  it("remembers an unknown outcome the route reports", () => {
    const { outcomes } = settleSlice(
      [item(1)],
      {
        kind: "results",
        results: [fail({ ...err(-3, true), outcomeUnknown: true })],
      },
      none,
    )
    expect(outcomes.get("k1")).toMatchObject({
      state: "failed",
      retryable: true,
      unknownFor: item(1).identity,
      errors: [{ code: "-3" }],
    })
  })

  it("fails the whole slice on a failed request; a 400 blames only the named rows", () => {
    const answer: SliceAnswer = {
      kind: "failed",
      status: 400,
      fields: { "links.1.Name": "Too long" },
      failure: {
        local: { kind: "route", status: 400, message: "Bad", trackingId: null },
        retryable: false,
        mayHaveApplied: false,
      },
    }
    const { outcomes, fields } = settleSlice([item(1), item(2)], answer, none)
    expect(fields).toEqual([{ key: "k2", field: "Name", message: "Too long" }])
    expect(outcomes.get("k1")).toMatchObject({
      state: "failed",
      retryable: true,
    })
    expect(outcomes.get("k2")).toMatchObject({
      state: "failed",
      retryable: false,
      errors: [],
      local: { kind: "route", message: "Bad" },
    })
  })
})

describe("sendInSlices", () => {
  const answerFor = (n: number): SliceAnswer => ({
    kind: "results",
    results: Array.from({ length: n }, () => ({ ok: true as const })),
  })
  const failedAnswer = (
    status: number,
    mayHaveApplied: boolean,
  ): SliceAnswer => ({
    kind: "failed",
    status,
    fields: {},
    failure: {
      local: { kind: "route", status, message: "m", trackingId: null },
      retryable: true,
      mayHaveApplied,
    },
  })

  it("sends slices one after another; a failed slice fails only its rows", async () => {
    const items = Array.from({ length: 5 }, (_, i) => item(i))
    const sent: string[][] = []
    const settled = new Map<string, RowOutcome>()
    let call = 0
    const result = await sendInSlices(
      items,
      {
        post: (links) => {
          sent.push(links.map((l) => String(l.ClientEntityId)))
          return Promise.resolve(
            ++call === 2 ? failedAnswer(503, true) : answerFor(links.length),
          )
        },
        previous: none,
        onSliceStart: () => {},
        onSliceAnswered: (o) => o.forEach((v, k) => settled.set(k, v)),
      },
      2,
    )
    expect(result).toEqual({ unauthorized: false, cancelled: false })
    expect(sent).toEqual([["0", "1"], ["2", "3"], ["4"]])
    expect([...settled.values()].map((o) => o.state)).toEqual([
      "sent",
      "sent",
      "failed",
      "failed",
      "sent",
    ])
    expect(settled.get("k2")).toMatchObject({
      retryable: true,
      unknownFor: item(2).identity,
    })
  })

  it("stops at a 401 and leaves later slices untouched", async () => {
    const started: string[][] = []
    const result = await sendInSlices(
      [item(1), item(2), item(3)],
      {
        post: () => Promise.resolve(failedAnswer(401, false)),
        previous: none,
        onSliceStart: (keys) => started.push(keys),
        onSliceAnswered: () => {},
      },
      1,
    )
    expect(result).toEqual({ unauthorized: true, cancelled: false })
    expect(started).toEqual([["k1"]])
  })
})

describe("sendInSlices after a notSent answer (docs/throttling.md)", () => {
  const notSent = {
    ok: false as const,
    notSent: "throttled" as const,
    retryAfter: 42,
    errors: [err(117)],
  }
  const run = (go: boolean) => {
    const posted: number[] = []
    const waits: [number, number][] = []
    const answers: SliceAnswer[] = [
      { kind: "results", results: [{ ok: true }, notSent, notSent] },
      { kind: "results", results: [{ ok: true }, { ok: true }] },
    ]
    const result = sendInSlices([item(1), item(2), item(3)], {
      post: (links) => {
        posted.push(links.length)
        return Promise.resolve(answers.shift() as SliceAnswer)
      },
      previous: none,
      onSliceStart: () => {},
      onSliceAnswered: () => {},
      wait: (seconds, rows) => {
        waits.push([seconds, rows])
        return Promise.resolve(go)
      },
    })
    return { result, posted, waits }
  }

  it("waits the time asked for, then sends only the rows not sent", async () => {
    const { result, posted, waits } = run(true)
    expect(await result).toEqual({ unauthorized: false, cancelled: false })
    expect(waits).toEqual([[42, 2]])
    expect(posted).toEqual([3, 2])
  })

  it("sends nothing more when the wait is cancelled", async () => {
    const { result, posted } = run(false)
    expect(await result).toEqual({ unauthorized: false, cancelled: true })
    expect(posted).toEqual([3])
  })
})
