import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"

import { DiscardButton } from "./discard-button"

describe("DiscardButton", () => {
  it("opens its lazily loaded confirmation at the first press, and gives focus back on Escape", async () => {
    const onDiscard = vi.fn()
    render(<DiscardButton rows={3} disabled={false} onDiscard={onDiscard} />)
    const button = screen.getByRole("button", { name: "Discard draft" })
    button.focus()
    fireEvent.click(button)
    // The first import of the dialog's code can take a while on a busy machine.
    const dialog = await screen.findByRole(
      "alertdialog",
      { name: "Discard this draft?" },
      { timeout: 5_000 },
    )
    expect(dialog.textContent).toContain("All 3 rows and their results")
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe("Keep the draft"),
    )
    fireEvent.keyDown(document.activeElement ?? dialog, { key: "Escape" })
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull())
    expect(document.activeElement).toBe(button)
    expect(onDiscard).not.toHaveBeenCalled()

    fireEvent.click(button)
    fireEvent.click(await screen.findByRole("button", { name: "Discard" }))
    expect(onDiscard).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(document.activeElement).toBe(button))
  })
})
