import { describe, expect, it } from "vitest"

import { ApiError } from "./errors"
import { allowedOrigins, assertSameOrigin, loopbackAliases } from "./origin"

const APP = "https://linkdesk.example"
const direct = { appUrl: APP, trustProxy: false }
const proxied = { appUrl: APP, trustProxy: true }
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

const FORGED = {
  Origin: "https://evil.example",
  Host: "evil.example",
  "X-Forwarded-Host": "evil.example",
  "X-Forwarded-Proto": "https",
}

describe("allowedOrigins", () => {
  it("is the public URL only, whatever Host and X-Forwarded-* say", () => {
    expect(allowedOrigins(req(FORGED), direct)).toEqual([APP])
  })

  it("adds the forwarded origin only behind a trusted proxy", () => {
    const r = req({
      Host: "10.0.0.5:3000",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Host": "linkdesk-git-main.vercel.app",
    })
    expect(allowedOrigins(r, proxied)).toEqual([
      APP,
      "https://linkdesk-git-main.vercel.app",
    ])
  })
})

describe("loopbackAliases", () => {
  it("accepts the same scheme and port on localhost, 127.0.0.1 and [::1]", () => {
    const all = [
      "http://localhost:3102",
      "http://127.0.0.1:3102",
      "http://[::1]:3102",
    ]
    for (const url of all) expect(loopbackAliases(url)).toEqual(all)
  })

  it("names only the public origin for any other host", () => {
    expect(loopbackAliases(`${APP}/`)).toEqual([APP])
  })
})

describe("assertSameOrigin", () => {
  it("accepts the public URL, default ports normalised", () => {
    expect(
      refusal(() => assertSameOrigin(req({ Origin: `${APP}:443` }), direct)),
    ).toBeNull()
  })

  it("accepts 127.0.0.1 when the local public URL says localhost, same port only", () => {
    const local = { appUrl: "http://localhost:3000", trustProxy: false }
    const at = (Origin: string) =>
      refusal(() => assertSameOrigin(req({ Origin }), local))
    expect(at("http://127.0.0.1:3000")).toBeNull()
    expect(at("http://[::1]:3000")).toBeNull()
    expect(at("http://127.0.0.1:3001")).toBe("cross_origin")
    expect(at("https://127.0.0.1:3000")).toBe("cross_origin")
  })

  it("refuses a forged X-Forwarded-Host unless a proxy is trusted", () => {
    expect(refusal(() => assertSameOrigin(req(FORGED), direct))).toBe(
      "cross_origin",
    )
    const viaProxy = { ...FORGED, Origin: "https://evil.example" }
    // Behind a trusted proxy the proxy itself sets these; that is its job.
    expect(refusal(() => assertSameOrigin(req(viaProxy), proxied))).toBeNull()
  })

  it.each([
    ["another site", { Origin: "https://evil.example" }],
    ["a sibling port", { Origin: `${APP}:8443` }],
    ["a sibling subdomain", { Origin: "https://evil.linkdesk.example" }],
    ["its own Host header", { Origin: "http://app.test", Host: "app.test" }],
    ["an opaque origin", { Origin: "null" }],
    ["no Origin at all", {}],
  ])("refuses %s", (_, headers) => {
    expect(refusal(() => assertSameOrigin(req(headers), direct))).toBe(
      "cross_origin",
    )
  })
})
