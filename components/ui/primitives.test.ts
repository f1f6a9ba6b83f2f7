import { createElement as h } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"

import { Button } from "./button"
import { FieldError } from "./field-error"
import { Progress } from "./progress"
import { Spinner } from "./spinner"

// Server-rendered markup is what assistive tech sees before hydration.
describe("ui primitives", () => {
  it("progress exposes value and value text", () => {
    const html = renderToStaticMarkup(
      h(Progress, {
        value: 3,
        max: 5,
        label: "Invitations sent",
        valueText: "3 of 5 sent",
      }),
    )
    expect(html).toContain('role="progressbar"')
    expect(html).toContain('aria-valuenow="3"')
    expect(html).toContain('aria-valuemax="5"')
    expect(html).toContain('aria-valuetext="3 of 5 sent"')
    expect(html).toContain('aria-label="Invitations sent"')
  })

  it("field error renders an alert with the id, and nothing without a message", () => {
    const html = renderToStaticMarkup(
      h(FieldError, { id: "email-error", message: "Required" }),
    )
    expect(html).toMatch(
      /^<p id="email-error" role="alert"[^>]*>Required<\/p>$/,
    )
    expect(renderToStaticMarkup(h(FieldError, { id: "email-error" }))).toBe("")
  })

  it("spinner announces its label", () => {
    const html = renderToStaticMarkup(h(Spinner, { label: "Loading links" }))
    expect(html).toContain('role="status"')
    expect(html).toContain("Loading links")
  })

  it("button defaults to type=button so it never submits a form by accident", () => {
    expect(renderToStaticMarkup(h(Button, null, "Save"))).toContain(
      'type="button"',
    )
  })
})
