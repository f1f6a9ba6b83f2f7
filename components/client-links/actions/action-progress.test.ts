import { createElement as h } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"

import type { GridRow } from "@/lib/contract/grid"

import { ActionProgress } from "./action-progress"

// Two rows are enough: the component only counts them.
const rows = [{}, {}] as GridRow[]

describe("ActionProgress", () => {
  it("is an empty, named status region while nothing runs", () => {
    expect(renderToStaticMarkup(h(ActionProgress, { running: null }))).toBe(
      '<div role="status" aria-label="Action progress"></div>',
    )
  })

  it("shows a named, indeterminate progress bar inside it while an action runs", () => {
    const html = renderToStaticMarkup(
      h(ActionProgress, { running: { action: "cancel", rows } }),
    )
    expect(html).toMatch(/^<div role="status" aria-label="Action progress">/)
    expect(html).toContain('role="progressbar"')
    expect(html).toContain('aria-label="Canceling 2 invitations"')
    expect(html).not.toContain("aria-valuenow")
  })

  it("says one client, not one clients", () => {
    const html = renderToStaticMarkup(
      h(ActionProgress, {
        running: { action: "unlink", rows: rows.slice(0, 1) },
      }),
    )
    expect(html).toContain('aria-label="Unlinking 1 client"')
  })
})
