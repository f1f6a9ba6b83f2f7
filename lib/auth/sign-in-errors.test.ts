import { describe, expect, it } from "vitest"

import {
  callbackProblem,
  PROVIDER_REFUSED,
  signInErrorMessage,
  STATE_COOKIE_MISSING,
} from "./sign-in-errors"

describe("signInErrorMessage", () => {
  it("says a missing state cookie is a cookie problem on our side, and what to do", () => {
    const text = signInErrorMessage(STATE_COOKIE_MISSING)
    expect(text).toContain("came back without the cookie Linkdesk set")
    expect(text).toContain("another address of this site")
    expect(text).toContain("sign in again")
    expect(text).not.toMatch(/Microsoft did not/)
  })

  it("blames Microsoft only when Microsoft sent an error back", () => {
    expect(signInErrorMessage(PROVIDER_REFUSED)).toMatch(
      /^Microsoft ended the sign-in without signing you in/,
    )
    for (const code of ["OAuthCallback", "OAuthSignin", "Callback"])
      expect(signInErrorMessage(code)).not.toMatch(/^Microsoft/)
  })

  it("gives every next-auth code a sentence with something to do", () => {
    for (const code of [
      "OAuthSignin",
      "OAuthCallback",
      "Callback",
      "AccessDenied",
      "Configuration",
      "configuration",
      "SessionRequired",
      "SomethingNew",
      "__proto__",
    ]) {
      const text = signInErrorMessage(code)
      expect(text, code).toMatch(/\.$/)
      expect(text, code).toMatch(/sign in|Sign in|tell whoever|Ask/)
    }
    expect(signInErrorMessage("__proto__")).toBe(
      signInErrorMessage("SomethingNew"),
    )
  })
})

describe("callbackProblem", () => {
  const state = "next-auth.state"
  const query = (q: string) => new URLSearchParams(q)

  it("names a callback that came back without the state cookie", () => {
    expect(
      callbackProblem(query("code=c&state=s"), new Set(["other"]), state),
    ).toBe(STATE_COOKIE_MISSING)
  })

  it("names an OAuth error sent back by the authority, cookie or not", () => {
    expect(
      callbackProblem(
        query("error=access_denied&state=s"),
        new Set([state]),
        state,
      ),
    ).toBe(PROVIDER_REFUSED)
  })

  it("lets next-auth handle a callback with its cookie", () => {
    expect(
      callbackProblem(query("code=c&state=s"), new Set([state]), state),
    ).toBeNull()
  })
})
