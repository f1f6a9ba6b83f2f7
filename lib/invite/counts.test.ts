import { describe, expect, it } from "vitest"

import { countRows } from "./counts"
import type { RowOutcome } from "./outcomes"
import { accountRow } from "./rows.test-support"

describe("countRows", () => {
  it("counts what the send button and the summary say", () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) =>
      accountRow({ ClientEntityId: String(n) }),
    )
    rows[5] = { ...rows[5]!, IsBillToClient: "" }
    const failed = (retryable: boolean): RowOutcome => ({
      state: "failed",
      errors: [{ code: "x", message: "m", trackingId: null }],
      local: null,
      retryable,
      unknownFor: null,
    })
    const outcomes: Record<string, RowOutcome> = {
      [rows[0]!.key]: { state: "sent" },
      [rows[1]!.key]: failed(true),
      [rows[2]!.key]: failed(false),
      [rows[3]!.key]: { state: "sending", identity: "i" },
    }
    expect(countRows(rows, outcomes)).toEqual({
      total: 6,
      sendable: 2,
      retryable: 2,
      invalid: 1,
      sent: 1,
      failed: 2,
    })
  })
})
