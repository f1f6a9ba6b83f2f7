import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"

import { emptyCounts, type ViewId } from "@/lib/grid/views"

import { StatusViews } from "./status-views"

function setup(complete = true) {
  const onSelect = vi.fn()
  render(
    <StatusViews
      views={["all", "pending", "active"]}
      current="pending"
      counts={{ ...emptyCounts(), all: 1234, pending: 5 }}
      complete={complete}
      hrefOf={(view: ViewId) => `/links?view=${view}`}
      onSelect={onSelect}
    />,
  )
  const link = (name: RegExp) => screen.getByRole("link", { name })
  return { onSelect, link }
}

describe("StatusViews", () => {
  it("names each view with its count and marks the one shown", () => {
    const { link } = setup()
    expect(
      screen.getByRole("navigation", { name: "Status views" }),
    ).toBeTruthy()
    expect(link(/^All/).textContent).toBe("All1,234")
    expect(link(/^Pending/).getAttribute("aria-current")).toBe("page")
    expect(link(/^All/).getAttribute("aria-current")).toBeNull()
    expect(link(/^Active/).getAttribute("href")).toBe("/links?view=active")
  })

  it("marks counts that may still grow while the gather runs", () => {
    const { link } = setup(false)
    expect(link(/^Pending/).textContent).toBe("Pending5+")
  })

  it("switches in place on a plain click", () => {
    const { link, onSelect } = setup()
    const click = new MouseEvent("click", { bubbles: true, cancelable: true })
    link(/^Active/).dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(onSelect).toHaveBeenCalledWith("active")
  })

  it("leaves a modified or middle click to the browser (a new tab or window)", () => {
    const { link, onSelect } = setup()
    fireEvent.click(link(/^Active/), { ctrlKey: true })
    fireEvent.click(link(/^Active/), { metaKey: true })
    fireEvent.click(link(/^Active/), { shiftKey: true })
    fireEvent.click(link(/^Active/), { button: 1 })
    expect(onSelect).not.toHaveBeenCalled()
  })
})
