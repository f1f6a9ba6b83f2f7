import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"

import { InviteForm } from "./invite-form"

// The first fetch of the form's code fails (a dropped connection), the next one works.
const chunk = vi.hoisted(() => ({ fail: true }))
vi.mock("./invite-form-body", () => {
  if (chunk.fail) throw new Error("chunk failed")
  return {
    InviteFormBody: ({ userId }: { userId: string }) => (
      <p>The form for {userId}</p>
    ),
  }
})

const props = {
  userId: "u1",
  customerId: "c1",
  defaults: {
    ManagingCustomerId: "c1",
    InviterEmail: "",
    InviterName: "",
    InviterPhone: "",
  },
  customers: [],
  canInviteCustomers: true,
  prefill: null,
}

describe("InviteForm", () => {
  it("shows a spinner while the form's code loads, and offers a retry when it fails", async () => {
    render(<InviteForm {...props} />)
    expect(screen.getByRole("status").textContent).toBe("Loading your draft")
    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("Your draft is kept in this browser.")

    chunk.fail = false
    fireEvent.click(screen.getByRole("button", { name: "Try again" }))
    expect(await screen.findByText("The form for u1")).toBeTruthy()
    expect(screen.queryByRole("alert")).toBeNull()
  })
})
