import { afterEach, describe, expect, it, vi } from "vitest"

import { jsonResponse } from "@/test/json-response.test-support"

import {
  onSignOutElsewhere,
  switchSessionCustomer,
  SwitchFailedError,
} from "./browser-session"

const json = (body: unknown, status = 200) =>
  Promise.resolve(jsonResponse(body, status))

/** A fetch that answers by URL. */
const answering = (answer: (url: string) => Promise<Response>) =>
  ((url: string) => answer(url)) as typeof fetch

describe("switchSessionCustomer", () => {
  it("asks next-auth's session route for the customer, with the CSRF token", async () => {
    const calls: { url: string; init?: RequestInit }[] = []
    const fetchImpl = ((url: string, init?: RequestInit) => {
      calls.push({ url, init })
      return url.endsWith("/csrf")
        ? json({ csrfToken: "t0k" })
        : json({ customer: { id: "222" } })
    }) as typeof fetch
    await expect(switchSessionCustomer("222", fetchImpl)).resolves.toBe("222")
    expect(calls.map((c) => c.url)).toEqual([
      "/api/auth/csrf",
      "/api/auth/session",
    ])
    expect(calls[1]?.init?.method).toBe("POST")
    expect(JSON.parse(calls[1]?.init?.body as string)).toEqual({
      csrfToken: "t0k",
      data: { customerId: "222" },
    })
  })

  it("resolves to the customer the server kept", async () => {
    const fetchImpl = answering((url) =>
      url.endsWith("/csrf")
        ? json({ csrfToken: "t" })
        : json({ customer: { id: "111" } }),
    )
    await expect(switchSessionCustomer("999", fetchImpl)).resolves.toBe("111")
  })

  it("throws a sentence when the route refuses or nothing answers", async () => {
    const refused = answering(() => json({}, 403))
    await expect(switchSessionCustomer("2", refused)).rejects.toThrow(
      /refused the switch \(HTTP 403\)/,
    )
    const offline = answering(() =>
      Promise.reject(new TypeError("Failed to fetch")),
    )
    await expect(switchSessionCustomer("2", offline)).rejects.toBeInstanceOf(
      SwitchFailedError,
    )
    const noToken = answering(() => json({}))
    await expect(switchSessionCustomer("2", noToken)).rejects.toThrow(
      /no sign-in check token/,
    )
  })
})

describe("onSignOutElsewhere", () => {
  let stop: (() => void) | undefined
  afterEach(() => stop?.())

  const send = (key: string, value: unknown) =>
    window.dispatchEvent(
      new StorageEvent("storage", {
        key,
        newValue: typeof value === "string" ? value : JSON.stringify(value),
      }),
    )

  it("hears next-auth's sign-out message and nothing else", () => {
    const onSignOut = vi.fn()
    stop = onSignOutElsewhere(onSignOut)
    send("nextauth.message", {
      event: "session",
      data: { trigger: "getSession" },
    })
    send("other", { event: "session", data: { trigger: "signout" } })
    send("nextauth.message", "{not json")
    expect(onSignOut).not.toHaveBeenCalled()
    send("nextauth.message", {
      event: "session",
      data: { trigger: "signout" },
      timestamp: 1,
    })
    expect(onSignOut).toHaveBeenCalledTimes(1)
    stop()
    send("nextauth.message", { event: "session", data: { trigger: "signout" } })
    expect(onSignOut).toHaveBeenCalledTimes(1)
  })
})
