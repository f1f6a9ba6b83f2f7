import { describe, expect, it } from "vitest"

import { ApiError } from "./errors"
import { assertSameOrigin, expectedOrigin } from "./origin"

const req = (
  headers: Record<string, string>,
  url = "http://10.0.0.5:3000/api/x",
) => new Request(url, { method: "POST", headers })

const refusal = (f: () => void) => {
  try {
    f()
  } catch (e) {
    return e instanceof ApiError ? e.code : "other"
  }
  return null
}

describe("expectedOrigin", () => {
  it("prefers the configured public URL", () => {
    expect(expectedOrigin(req({}), "https://linkdesk.example/")).toBe(
      "https://linkdesk.example",
    )
  })

  it("falls back to the Host the request came to", () => {
    expect(expectedOrigin(req({ Host: "app.test:8080" }))).toBe(
      "http://app.test:8080",
    )
  })

  it("follows a TLS-terminating proxy's X-Forwarded-Proto and -Host", () => {
    const r = req({
      Host: "10.0.0.5:3000",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Host": "linkdesk.example",
    })
    expect(expectedOrigin(r)).toBe("https://linkdesk.example")
  })
})

describe("assertSameOrigin", () => {
  it("accepts the app's own origin, default ports normalised", () => {
    expect(
      refusal(() =>
        assertSameOrigin(
          req({ Origin: "https://linkdesk.example:443" }),
          "https://linkdesk.example",
        ),
      ),
    ).toBeNull()
  })

  it.each([
    ["another site", { Origin: "https://evil.example" }],
    ["a sibling port", { Origin: "https://linkdesk.example:8443" }],
    ["an opaque origin", { Origin: "null" }],
    ["no Origin at all", {}],
  ])("refuses %s", (_, headers) => {
    expect(
      refusal(() => assertSameOrigin(req(headers), "https://linkdesk.example")),
    ).toBe("cross_origin")
  })
})
