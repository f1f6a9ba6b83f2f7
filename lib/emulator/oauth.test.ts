import { describe, expect, it } from "vitest"

import { authorizeUrl, REDIRECT, testEmulator } from "./harness.test-support"

describe("authorize", () => {
  it("shows an accessible persona picker without login_hint, escaping every value", async () => {
    const { emulator } = testEmulator()
    const res = await emulator.handle(
      new Request(authorizeUrl({ state: `"><script>x</script>` })),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get("Content-Type")).toMatch(/text\/html/)
    const page = await res.text()
    expect(page).toContain('<html lang="en">')
    expect(page).toContain("admin@contoso.example")
    expect(page).toContain("viewer@northwind.example")
    expect(page).not.toContain("<script>x</script>")
    // /api/* is served under default-src 'none': no inline CSS or script to be blocked.
    expect(page).not.toMatch(/<style|<script|style=/)
    expect(page).toContain("login_hint=admin%40contoso.example")
    expect(page.match(/class="persona"/g)).toHaveLength(7)
  })

  it("redirects straight back with a code and the state for a known login_hint", async () => {
    const { emulator } = testEmulator()
    const res = await emulator.handle(
      new Request(authorizeUrl({ login_hint: "standard@contoso.example" })),
    )
    expect(res.status).toBe(302)
    const location = new URL(res.headers.get("Location") ?? "")
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT)
    expect(location.searchParams.get("state")).toBe("xyz")
    expect(location.searchParams.get("code")).toMatch(/^[\w-]{20,}$/)
  })

  it("shows the picker with an error for an unknown login_hint", async () => {
    const { emulator } = testEmulator()
    const res = await emulator.handle(
      new Request(authorizeUrl({ login_hint: "<b>nobody@x</b>" })),
    )
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('role="alert"')
    expect(page).toContain("&lt;b&gt;nobody@x&lt;/b&gt;")
  })

  it("refuses a scope without msads.manage and a response_type other than code", async () => {
    const { emulator } = testEmulator()
    const scope = await emulator.handle(
      new Request(
        authorizeUrl({ scope: "https://ads.microsoft.com/ads.manage" }),
      ),
    )
    expect(
      new URL(scope.headers.get("Location") ?? "").searchParams.get("error"),
    ).toBe("invalid_scope")
    const type = await emulator.handle(
      new Request(authorizeUrl({ response_type: "token" })),
    )
    expect(
      new URL(type.headers.get("Location") ?? "").searchParams.get("error"),
    ).toBe("unsupported_response_type")
    const noRedirect = await emulator.handle(
      new Request(authorizeUrl({ redirect_uri: "" })),
    )
    expect(noRedirect.status).toBe(400)
  })
})
