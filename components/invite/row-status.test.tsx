import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"

import type { RowOutcome } from "@/lib/invite/outcomes"

import { RowStatus } from "./row-status"

describe("RowStatus", () => {
  it("shows a failure of ours as our sentence, without a code", () => {
    const outcome: RowOutcome = {
      state: "failed",
      errors: [],
      local: {
        kind: "network",
        status: null,
        message: "No answer from Linkdesk: check your connection.",
        trackingId: null,
      },
      retryable: true,
      unknownFor: "x",
    }
    const { container } = render(
      <RowStatus outcome={outcome} error={undefined} />,
    )
    expect(
      screen.getByText("No answer from Linkdesk: check your connection."),
    ).toBeTruthy()
    expect(container.textContent).not.toMatch(/network|HTTP|internal error/)
  })

  it("shows Microsoft's refusal with its code and TrackingId", () => {
    const outcome: RowOutcome = {
      state: "failed",
      errors: [
        {
          code: "1424",
          message: "Another agency manages it.",
          trackingId: "t-1",
        },
      ],
      local: null,
      retryable: false,
      unknownFor: null,
    }
    render(<RowStatus outcome={outcome} error={undefined} />)
    expect(screen.getByText("1424")).toBeTruthy()
    expect(screen.getByText("TrackingId t-1")).toBeTruthy()
  })
})
