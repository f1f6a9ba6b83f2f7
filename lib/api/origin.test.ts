import { describe, expect, it } from "vitest"

import { ApiError } from "./errors"
import { allowedOrigins, assertSameOrigin } from "./origin"

const APP = "https://linkdesk.example"
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

describe("allowedOrigins", () => {
  it("holds the public URL and the origin the request was addressed to", () => {
    expect(allowedOrigins(req({ Host: "app.test:8080" }), `${APP}/`)).toEqual([
      APP,
      "http://app.test:8080",
    ])
  })

  it("follows a TLS-terminating proxy's X-Forwarded-Proto and -Host", () => {
    const r = req({
      Host: "10.0.0.5:3000",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Host": "linkdesk.example",
    })
    expect(allowedOrigins(r)).toEqual([APP])
  })
})

describe("assertSameOrigin", () => {
  it("accepts the public URL, default ports normalised", () => {
    expect(
      refusal(() => assertSameOrigin(req({ Origin: `${APP}:443` }), APP)),
    ).toBeNull()
  })

  it("accepts the Host's own origin when the default public URL names another host", () => {
    const r = req({ Origin: "http://127.0.0.1:3000", Host: "127.0.0.1:3000" })
    expect(
      refusal(() => assertSameOrigin(r, "http://localhost:3000")),
    ).toBeNull()
  })

  it.each([
    ["another site", { Origin: "https://evil.example" }],
    ["a sibling port", { Origin: `${APP}:8443` }],
    ["a sibling subdomain", { Origin: "https://evil.linkdesk.example" }],
    ["an opaque origin", { Origin: "null" }],
    ["no Origin at all", {}],
  ])("refuses %s", (_, headers) => {
    expect(refusal(() => assertSameOrigin(req(headers), APP))).toBe(
      "cross_origin",
    )
  })
})
