import { describe, expect, it } from "vitest"

import {
  type Call,
  failure,
  fakeFetch,
  make,
  WRITE_OK,
} from "./fake-fetch.test-support"

describe("malformed answers", () => {
  it.each([
    ["an extra member", JSON.stringify({ ...WRITE_OK, TrackingId: "t" })],
    ["a missing member", JSON.stringify({ OperationErrors: [] })],
    ["text", "OK"],
    ["nothing", ""],
  ])("2xx with %s is malformed, never returned", async (_, text) => {
    const f = fakeFetch(() => new Response(text, { status: 200 }))
    const e = await failure(make(f.fetch).addClientLinks([]))
    expect([
      e.kind,
      e.status,
      e.mayHaveReachedServer,
      e.mayHaveTakenEffect,
    ]).toEqual(["malformed", 200, true, true])
  })
})

describe("transport failures", () => {
  const hang = (c: Call, signal?: AbortSignal | null) =>
    new Promise<Response>((_, reject) => {
      void c
      signal?.addEventListener("abort", () => reject(signal.reason as Error))
    })

  it("times out after timeoutMs", async () => {
    const fetch = ((_: unknown, init?: RequestInit) =>
      hang({} as Call, init?.signal)) as typeof globalThis.fetch
    const e = await failure(make(fetch, { timeoutMs: 20 }).addClientLinks([]))
    expect([e.kind, e.mayHaveReachedServer, e.mayHaveTakenEffect]).toEqual([
      "timeout",
      true,
      true,
    ])
  })

  it("stops when the caller's signal fires", async () => {
    const fetch = ((_: unknown, init?: RequestInit) =>
      hang({} as Call, init?.signal)) as typeof globalThis.fetch
    const controller = new AbortController()
    const p = make(fetch).searchClientLinks({}, { signal: controller.signal })
    controller.abort()
    const e = await failure(p)
    expect(e.kind).toBe("aborted")
  })

  const refused = Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("connect ECONNREFUSED"), {
      code: "ECONNREFUSED",
    }),
  })
  const bothRefused = Object.assign(new TypeError("fetch failed"), {
    cause: new AggregateError([
      Object.assign(new Error("a"), { code: "ECONNREFUSED" }),
      Object.assign(new Error("b"), { code: "ECONNREFUSED" }),
    ]),
  })
  const dropped = Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("other side closed"), {
      code: "UND_ERR_SOCKET",
    }),
  })
  it.each([
    ["connection refused", refused, false],
    ["every address refused", bothRefused, false],
    ["a dropped connection", dropped, true],
    ["an unknown failure", new TypeError("fetch failed"), true],
  ])(
    "%s: network error, mayHaveReachedServer %s",
    async (_, error, reached) => {
      const fetch = (() => Promise.reject(error)) as typeof globalThis.fetch
      const e = await failure(make(fetch).addClientLinks([]))
      expect([e.kind, e.mayHaveReachedServer]).toEqual(["network", reached])
      expect(e.cause).toBe(error)
    },
  )
})

describe("a signal aborted before the call", () => {
  it("sends nothing and says so", async () => {
    const f = fakeFetch(() => new Response("{}"))
    const controller = new AbortController()
    controller.abort()
    const e = await failure(
      make(f.fetch).addClientLinks([], { signal: controller.signal }),
    )
    expect([e.kind, e.mayHaveReachedServer]).toEqual(["aborted", false])
    expect(f.calls).toHaveLength(0)
  })
})
