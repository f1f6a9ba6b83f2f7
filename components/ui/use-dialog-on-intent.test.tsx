import { act, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"

import { loadOnIntent } from "./load-on-intent"
import { useDialogOnIntent } from "./use-dialog-on-intent"

vi.mock("./toast", () => ({ toast: vi.fn() }))
const { toast } = await import("./toast")

/** A module whose import resolves or fails when the test says so. */
function controlledImport() {
  let settle = {
    resolve: (_m: { Name: string }) => {},
    reject: (_e: Error) => {},
  }
  const load = vi.fn(
    () =>
      new Promise<{ Name: string }>((resolve, reject) => {
        settle = { resolve, reject }
      }),
  )
  return { loader: loadOnIntent(load), load, settle: () => settle }
}

function Opener({
  loader,
}: {
  loader: ReturnType<typeof loadOnIntent<{ Name: string }>>
}) {
  const { dialog, open, openerProps } = useDialogOnIntent(
    loader,
    "the test dialog",
  )
  return (
    <>
      <button type="button" {...openerProps}>
        Open
      </button>
      {dialog && open ? <p role="dialog">{dialog.Name}</p> : null}
    </>
  )
}

/** Lets the import's promise settle and React render what follows. */
const settled = () => act(() => new Promise<void>((r) => setTimeout(r, 0)))

afterEach(() => vi.mocked(toast).mockClear())

describe("useDialogOnIntent", () => {
  it("starts the import on hover or focus, without opening", async () => {
    const { loader, load, settle } = controlledImport()
    render(<Opener loader={loader} />)
    const button = screen.getByRole("button", { name: "Open" })
    fireEvent.pointerEnter(button)
    fireEvent.focus(button)
    expect(load).toHaveBeenCalledTimes(1)
    settle().resolve({ Name: "Loaded" })
    await settled()
    expect(screen.queryByRole("dialog")).toBeNull()
    expect(button.getAttribute("aria-expanded")).toBe("false")
  })

  it("a press opens the dialog as soon as its code arrives, with no second press", async () => {
    const { loader, settle } = controlledImport()
    render(<Opener loader={loader} />)
    const button = screen.getByRole("button", { name: "Open" })
    fireEvent.click(button)
    expect(button.getAttribute("aria-expanded")).toBe("true")
    expect(screen.queryByRole("dialog")).toBeNull()
    settle().resolve({ Name: "Loaded" })
    await settled()
    expect(screen.getByRole("dialog").textContent).toBe("Loaded")
  })

  it("a press whose import fails says so and leaves the dialog closed", async () => {
    const { loader, settle } = controlledImport()
    render(<Opener loader={loader} />)
    const button = screen.getByRole("button", { name: "Open" })
    fireEvent.click(button)
    settle().reject(new Error("chunk failed"))
    await settled()
    expect(button.getAttribute("aria-expanded")).toBe("false")
    expect(toast).toHaveBeenCalledWith(
      "Could not open the test dialog. Check your connection.",
      { tone: "error" },
    )
    // The next press tries again, and opens it.
    fireEvent.click(button)
    settle().resolve({ Name: "Loaded" })
    await settled()
    expect(screen.getByRole("dialog").textContent).toBe("Loaded")
  })
})
