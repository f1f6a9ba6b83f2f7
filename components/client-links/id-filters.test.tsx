import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"

import { IdFilters, idsProblem } from "./id-filters"

function setup() {
  const onApply = vi.fn()
  render(<IdFilters accounts={[]} customers={[]} onApply={onApply} />)
  const accounts = screen.getByLabelText("Client account ids")
  const apply = screen.getByRole("button", { name: "Apply ids" })
  return { onApply, accounts, apply }
}

describe("IdFilters", () => {
  it("says beside the field why its ids cannot be applied", () => {
    const { accounts, apply } = setup()
    fireEvent.change(accounts, { target: { value: "1001, 10o2" } })
    expect(apply).toHaveProperty("disabled", true)
    expect(accounts.getAttribute("aria-invalid")).toBe("true")
    // The message is the field's description, in a live region beside it.
    const id = accounts.getAttribute("aria-describedby") ?? ""
    const note = document.getElementById(id)
    expect(note?.textContent).toBe(
      '"10o2" is not a client account id: ids are numbers of up to 19 digits, separated by commas.',
    )
    expect(note?.getAttribute("aria-live")).toBe("polite")
  })

  it("clears the message and applies once the ids are numbers", () => {
    const { accounts, apply, onApply } = setup()
    fireEvent.change(accounts, { target: { value: "x" } })
    fireEvent.change(accounts, { target: { value: "1001 1002" } })
    const id = accounts.getAttribute("aria-describedby") ?? ""
    expect(document.getElementById(id)?.textContent).toBe("")
    fireEvent.click(apply)
    expect(onApply).toHaveBeenCalledWith(["1001", "1002"], [])
  })
})

describe("idsProblem", () => {
  it("refuses more ids than a filter takes instead of dropping the rest", () => {
    const many = Array.from({ length: 51 }, (_, i) => String(i + 1)).join(",")
    expect(idsProblem("client customer", many)).toBe(
      "At most 50 client customer ids at a time; this field has 51.",
    )
    expect(idsProblem("client customer", "1, 2;3")).toBeNull()
  })
})
