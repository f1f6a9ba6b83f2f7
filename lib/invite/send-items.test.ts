import { describe, expect, it } from "vitest"

import { ALREADY_SENT_NOTE, type RowOutcome } from "./outcomes"
import { sendableItems, sendInSlices } from "./send-loop"
import { accountRow, err, fail, item } from "./rows.test-support"

describe("sendableItems", () => {
  it("takes new and retryable rows, never sent or in-flight ones; 'failed' takes every failed row", () => {
    const rows = [1, 2, 3, 4, 5].map((n) =>
      accountRow({ ClientEntityId: String(n) }),
    )
    rows[4] = { ...rows[4]!, IsBillToClient: "" }
    const failed: RowOutcome = {
      state: "failed",
      errors: [{ code: "1424", message: "m", trackingId: null }],
      local: null,
      retryable: false,
      unknownFor: null,
    }
    const outcomes: Record<string, RowOutcome> = {
      [rows[0]!.key]: { state: "sent" },
      [rows[1]!.key]: { state: "sending", identity: "x" },
      [rows[2]!.key]: failed,
    }
    const keys = (mode: "all" | "failed") =>
      sendableItems(rows, outcomes, mode).map((i) => i.link.ClientEntityId)
    expect(keys("all")).toEqual(["4"])
    expect(keys("failed")).toEqual(["3"])
  })
})

describe("sendInSlices and the unknown-outcome rule", () => {
  it("judges 1410 by the outcome before the run, not the 'sending' state it set", async () => {
    const store = new Map<string, RowOutcome>([
      [
        "k1",
        {
          state: "failed",
          errors: [{ code: "-5", message: "garbled", trackingId: null }],
          local: null,
          retryable: true,
          unknownFor: item(1).identity,
        },
      ],
    ])
    await sendInSlices([item(1)], {
      post: () =>
        Promise.resolve({ kind: "results", results: [fail(err(1410))] }),
      previous: (k) => store.get(k),
      onSliceStart: (keys) =>
        keys.forEach((k) =>
          store.set(k, { state: "sending", identity: item(1).identity }),
        ),
      onSliceAnswered: (o) => o.forEach((v, k) => store.set(k, v)),
    })
    expect(store.get("k1")).toEqual({ state: "sent", note: ALREADY_SENT_NOTE })
  })
})
