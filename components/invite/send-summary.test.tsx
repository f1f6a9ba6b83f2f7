import { render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"

import type { RowCounts } from "@/lib/invite/counts"

import { SendBar } from "./send-bar"
import { SendSummary } from "./send-summary"

vi.mock("next/link", () => ({
  default: ({
    href,
    children,
    ...rest
  }: {
    href: string
    children: React.ReactNode
  }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}))

function renderAfterSend(counts: RowCounts) {
  render(
    <form>
      <SendSummary
        counts={counts}
        attempted
        sending={false}
        onRetry={() => undefined}
        onCopy={() => undefined}
        onDownload={() => undefined}
      />
      <SendBar
        counts={counts}
        flagged={counts.invalid}
        sending={false}
        progress={null}
        onDiscard={() => undefined}
        onCancelWait={() => undefined}
      />
    </form>,
  )
}

const results = () => screen.getByRole("status", { name: "Send results" })

describe("after a bulk send", () => {
  it("offers one action when every row to send is a failed row", () => {
    renderAfterSend({
      total: 25,
      sendable: 10,
      retryable: 10,
      invalid: 5,
      sent: 10,
      failed: 10,
    })
    expect(
      screen.getAllByRole("button", { name: /Retry failed rows|Send \d/ }),
    ).toHaveLength(1)
    expect(
      screen.getByRole("button", { name: "Retry failed rows (10)" }),
    ).toBeTruthy()
    expect(results().textContent).toContain(
      "10 of 20 sent. 10 failed. 5 need fixing before they can be sent.",
    )
  })

  it("keeps a separate retry when the send would also include new rows", () => {
    renderAfterSend({
      total: 12,
      sendable: 5,
      retryable: 2,
      invalid: 1,
      sent: 6,
      failed: 2,
    })
    expect(
      screen.getByRole("button", { name: "Send 5 invitations" }),
    ).toBeTruthy()
    expect(
      screen.getByRole("button", { name: "Retry failed rows (2)" }),
    ).toBeTruthy()
    expect(results().textContent).toContain(
      "6 of 11 sent. 2 failed. 1 needs fixing before it can be sent.",
    )
  })
})
