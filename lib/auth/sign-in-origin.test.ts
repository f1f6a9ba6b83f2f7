import { describe, expect, it } from "vitest"

import {
  isLoopbackUrl,
  loopbackAliases,
  nextAuthRequestOrigin,
  signInOrigin,
  type OriginHeaders,
} from "./sign-in-origin"

/** Headers as Next hands them to a route: it fills X-Forwarded-* from the connection. */
const at = (
  host: string,
  extra: Partial<OriginHeaders> = {},
): OriginHeaders => ({
  host,
  forwardedHost: host,
  forwardedProto: "http",
  ...extra,
})

describe("signInOrigin", () => {
  const local = "http://localhost:3000"

  it("follows the loopback alias the browser opened, on the same port", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000"])
      expect(signInOrigin(local, at(host))).toEqual({
        ok: true,
        origin: `http://${host}`,
      })
    expect(signInOrigin("http://127.0.0.1:3105", at("localhost:3105"))).toEqual(
      { ok: true, origin: "http://localhost:3105" },
    )
  })

  it("refuses another port, another scheme and any other host, naming the address to open", () => {
    const refusal = {
      ok: false,
      message:
        "Linkdesk signs in only at its own address. Open http://localhost:3000 and sign in there.",
    }
    expect(signInOrigin(local, at("127.0.0.1:3001"))).toEqual(refusal)
    expect(signInOrigin(local, at("evil.example:3000"))).toEqual(refusal)
    expect(signInOrigin(local, at("192.168.1.5:3000"))).toEqual(refusal)
    expect(
      signInOrigin(local, at("127.0.0.1:3000", { forwardedProto: "https" })),
    ).toEqual(refusal)
    // next-auth prefers X-Forwarded-Host, so a forged one is checked, not the Host.
    expect(
      signInOrigin(
        local,
        at("127.0.0.1:3000", { forwardedHost: "evil.example:3000" }),
      ),
    ).toEqual(refusal)
    expect(
      signInOrigin(local, {
        host: null,
        forwardedHost: null,
        forwardedProto: null,
      }),
    ).toEqual(refusal)
  })

  it("keeps a public URL that is not loopback, whatever the request names", () => {
    const publicUrl = "https://linkdesk.example.com"
    expect(signInOrigin(publicUrl, at("evil.example"))).toEqual({
      ok: true,
      origin: publicUrl,
    })
    expect(signInOrigin(publicUrl, at("localhost:3000"))).toEqual({
      ok: true,
      origin: publicUrl,
    })
  })
})

describe("the loopback helpers", () => {
  it("knows the loopback hosts and keeps scheme and port", () => {
    expect(isLoopbackUrl("http://localhost:3000")).toBe(true)
    expect(isLoopbackUrl("https://[::1]")).toBe(true)
    expect(isLoopbackUrl("http://localhost.evil.example")).toBe(false)
    expect(isLoopbackUrl("not a url")).toBe(false)
    expect(loopbackAliases("https://127.0.0.1")).toEqual([
      "https://localhost",
      "https://127.0.0.1",
      "https://[::1]",
    ])
    expect(loopbackAliases("https://linkdesk.example.com")).toEqual([])
  })

  it("derives the origin as next-auth does: X-Forwarded-Host first, https unless told http", () => {
    expect(
      nextAuthRequestOrigin({
        host: "a:1",
        forwardedHost: "b:2",
        forwardedProto: "http",
      }),
    ).toBe("http://b:2")
    expect(
      nextAuthRequestOrigin({
        host: "a:1",
        forwardedHost: null,
        forwardedProto: null,
      }),
    ).toBe("https://a:1")
  })
})
