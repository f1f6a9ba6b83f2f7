import { createHash } from "node:crypto"

import { describe, expect, it } from "vitest"

import {
  authorizeUrl,
  REDIRECT,
  testEmulator,
  tokenRequest,
} from "./harness.test-support"

const verifier = "a".repeat(20) + "-._~" + "B".repeat(30)
const challenge = createHash("sha256").update(verifier).digest("base64url")

async function codeWith(params: Record<string, string>) {
  const { emulator } = testEmulator()
  const res = await emulator.handle(
    new Request(
      authorizeUrl({ login_hint: "admin@contoso.example", ...params }),
    ),
  )
  const location = new URL(res.headers.get("Location") ?? "")
  const redeem = (extra: Record<string, string>) =>
    emulator.handle(
      tokenRequest({
        grant_type: "authorization_code",
        code: location.searchParams.get("code") ?? "",
        redirect_uri: REDIRECT,
        ...extra,
      }),
    )
  return { location, redeem }
}

describe("PKCE", () => {
  it("redeems an S256 code only with the matching verifier", async () => {
    const good = await codeWith({
      code_challenge: challenge,
      code_challenge_method: "S256",
    })
    expect((await good.redeem({ code_verifier: verifier })).status).toBe(200)
    const bad = await codeWith({
      code_challenge: challenge,
      code_challenge_method: "S256",
    })
    const res = await bad.redeem({ code_verifier: verifier + "x" })
    expect(await res.json()).toMatchObject({ error: "invalid_grant" })
    const missing = await codeWith({
      code_challenge: challenge,
      code_challenge_method: "S256",
    })
    expect((await missing.redeem({})).status).toBe(400)
  })

  it("supports plain, refuses a verifier without a challenge and a malformed challenge", async () => {
    const plain = await codeWith({ code_challenge: verifier })
    expect((await plain.redeem({ code_verifier: verifier })).status).toBe(200)
    const none = await codeWith({})
    expect((await none.redeem({ code_verifier: verifier })).status).toBe(400)
    const short = await codeWith({
      code_challenge: "short",
      code_challenge_method: "S256",
    })
    expect(short.location.searchParams.get("error")).toBe("invalid_request")
    const method = await codeWith({
      code_challenge: challenge,
      code_challenge_method: "MD5",
    })
    expect(method.location.searchParams.get("error")).toBe("invalid_request")
  })
})
