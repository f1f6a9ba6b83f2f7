import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"

import { LazyBulkRows } from "./lazy-bulk-rows"

// The first fetch of the bulk code fails (a dropped connection), the next one works.
const chunk = vi.hoisted(() => ({ fail: true }))
vi.mock("./bulk-rows", () => {
  if (chunk.fail) throw new Error("chunk failed")
  return {
    BulkRows: ({ tableId }: { tableId: string }) => (
      <p id={tableId}>The rows table</p>
    ),
  }
})

const props = {
  rowCount: 3,
  tableId: "rows",
  outcomes: {},
  editing: null,
  onEdit: () => {},
  onRemove: () => {},
  customers: [],
  canInviteCustomers: true,
}

describe("LazyBulkRows", () => {
  it("holds the table's place while its code loads, and offers a retry when it fails", async () => {
    const { container } = render(<LazyBulkRows {...props} />)
    expect(screen.getByRole("status").textContent).toBe("Loading the rows")
    expect(container.querySelectorAll(".h-\\[41px\\]")).toHaveLength(3)
    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("Your 3 rows are kept in this browser.")

    chunk.fail = false
    fireEvent.click(screen.getByRole("button", { name: "Try again" }))
    expect(await screen.findByText("The rows table")).toBeTruthy()
    expect(screen.queryByRole("alert")).toBeNull()
  })
})
