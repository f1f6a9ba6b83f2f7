import { act, render, screen, waitFor } from "@testing-library/react"
import { renderToStaticMarkup } from "react-dom/server"
import { afterEach, describe, expect, it, vi } from "vitest"

import { Notifications, toast } from "./toast"

const region = () => screen.getByRole("region", { name: /^Notifications/ })

/** Mounts the region and waits for sonner to take it over (it has an <ol> once a toast shows). */
async function mounted() {
  render(<Notifications />)
  toast("Ready.")
  await waitFor(() => expect(region().textContent).toContain("Ready."))
}

afterEach(() => vi.useRealTimers())

describe("notifications", () => {
  it("the polite region is in the server's markup, before sonner loads", () => {
    const html = renderToStaticMarkup(<Notifications />)
    expect(html).toMatch(/^<section aria-label="Notifications alt\+T"/)
    expect(html).toContain('aria-live="polite"')
  })

  it("an error stays until dismissed; a success leaves on its own", async () => {
    await mounted()
    vi.useFakeTimers({ shouldAdvanceTime: true })
    act(() => toast("Could not cancel.", { tone: "error" }))
    act(() => toast("1 of 1 canceled.", { tone: "success" }))
    await screen.findByText("1 of 1 canceled.")
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(screen.queryByText("1 of 1 canceled.")).toBeNull()
    const error = screen.getByText("Could not cancel.")
    const item = error.closest("li")
    if (!item) throw new Error("no toast item")
    const dismiss = item.querySelector("button")
    expect(dismiss?.getAttribute("aria-label")).toBe("Dismiss")
    act(() => dismiss?.click())
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    expect(screen.queryByText("Could not cancel.")).toBeNull()
  })

  it("a success stays while keyboard focus is on it, then times out", async () => {
    await mounted()
    vi.useFakeTimers({ shouldAdvanceTime: true })
    act(() => toast("Draft discarded.", { tone: "success" }))
    const item = (await screen.findByText("Draft discarded.")).closest("li")
    if (!item) throw new Error("no toast item")
    act(() => item.focus())
    await act(() => vi.advanceTimersByTimeAsync(30_000))
    expect(screen.getByText("Draft discarded.")).toBeTruthy()
    act(() => item.blur())
    await act(() => vi.advanceTimersByTimeAsync(6_000))
    expect(screen.queryByText("Draft discarded.")).toBeNull()
  })
})
