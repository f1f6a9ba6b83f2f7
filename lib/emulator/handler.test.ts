import { describe, expect, it, vi } from "vitest"

import {
  anyString,
  apiRequest,
  CM,
  ORIGIN,
  signIn,
  testEmulator,
} from "./harness.test-support"

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
type FaultBody = {
  Type: string
  TrackingId: string
  Errors?: { Code: number; ErrorCode: string }[]
  OperationErrors?: { Code: number; Details: string | null; Message: string }[]
}

describe("authentication headers", () => {
  it("answers 116 without DeveloperToken, 105 for a missing, unknown or wrong token, 109 when expired", async () => {
    const { emulator } = testEmulator({ accessTokenTtlSeconds: 10 })
    const t = await signIn(emulator)
    const call = async (
      token: string | null,
      headers: Record<string, string> = {},
    ) => {
      const res = await emulator.handle(
        apiRequest(`${CM}/User/Query`, {}, token, { headers }),
      )
      const body = (await res.json()) as FaultBody
      return [res.status, body.Type, body.Errors?.[0]?.Code]
    }
    const noDevToken = new Request(`${ORIGIN}${CM}/User/Query`, {
      method: "POST",
      headers: { Authorization: `Bearer ${t.access_token}` },
      body: "{}",
    })
    const r = await emulator.handle(noDevToken)
    expect([
      r.status,
      ((await r.json()) as FaultBody).Errors?.[0]?.Code,
    ]).toEqual([401, 116])
    expect(await call(null)).toEqual([401, "AdApiFaultDetail", 105])
    expect(await call("not-a-token")).toEqual([401, "AdApiFaultDetail", 105])
    expect(await call(t.access_token, { DeveloperToken: "WRONG" })).toEqual([
      401,
      "AdApiFaultDetail",
      105,
    ])
    expect(
      await call(t.access_token, { Authorization: t.access_token }),
    ).toEqual([401, "AdApiFaultDetail", 105])
    emulator.state.clock.advance(10)
    expect(await call(t.access_token)).toEqual([401, "AdApiFaultDetail", 109])
  })

  it("accepts and ignores CustomerId and CustomerAccountId, even when not numbers", async () => {
    const { emulator } = testEmulator()
    const t = await signIn(emulator)
    const res = await emulator.handle(
      apiRequest(`${CM}/User/Query`, { UserId: null }, t.access_token, {
        headers: { CustomerId: "None", CustomerAccountId: "abc" },
      }),
    )
    expect(res.status).toBe(200)
    expect(emulator.state.log.at(-1)).toMatchObject({
      operation: "GetUser",
      customerId: "None",
    })
  })
})

describe("TrackingId", () => {
  it("is a GUID header on every answer, and the same id is inside fault bodies", async () => {
    const { emulator } = testEmulator()
    const t = await signIn(emulator)
    const requests = [
      apiRequest(`${CM}/User/Query`, {}, t.access_token),
      apiRequest(`${CM}/User/Query`, {}, null),
      apiRequest(`${CM}/ClientLinks`, { ClientLinks: [{}] }, t.access_token),
      new Request(`${ORIGIN}/oauth2/v2.0/token`, { method: "POST", body: "" }),
      new Request(`${ORIGIN}/_emulator/health`),
      new Request(`${ORIGIN}/nothing/here`),
    ]
    const ids = new Set<string>()
    for (const req of requests) {
      const res = await emulator.handle(req)
      const id = res.headers.get("TrackingId") ?? ""
      expect(id).toMatch(GUID)
      ids.add(id)
      if (res.status === 401)
        expect(((await res.json()) as FaultBody).TrackingId).toBe(id)
    }
    expect(ids.size).toBe(requests.length)
  })
})

describe("routing", () => {
  it("never answers 404 on the client-link routes: a wrong method is an ApiFault", async () => {
    const { emulator } = testEmulator()
    const t = await signIn(emulator)
    for (const [path, method] of [
      [`${CM}/ClientLinks`, "GET"],
      [`${CM}/ClientLinks`, "DELETE"],
      [`${CM}/ClientLinks`, "PATCH"],
      [`${CM}/ClientLinks/Search`, "GET"],
      [`${CM}/ClientLinks/Search`, "PUT"],
      [`${CM.toLowerCase()}/clientlinks/`, "GET"],
    ] as const) {
      const res = await emulator.handle(
        apiRequest(path, {}, t.access_token, { method }),
      )
      expect(res.status, `${method} ${path}`).toBe(400)
      const body = (await res.json()) as FaultBody
      expect(body).toMatchObject({
        Type: "ApiFault",
        OperationErrors: [{ Code: 100 }],
      })
      expect(res.headers.get("Content-Type")).toBe(
        "application/json; charset=utf-8",
      )
    }
  })

  it("answers an ApiFault 400 for malformed JSON and for a body that is not an object", async () => {
    const { emulator, links } = testEmulator()
    const t = await signIn(emulator)
    for (const raw of ["{not json", "[1,2]", "null", '"text"', ""]) {
      const res = await emulator.handle(
        apiRequest(`${CM}/ClientLinks`, null, t.access_token, { raw }),
      )
      expect(res.status, raw).toBe(400)
      expect(await res.json()).toMatchObject({
        Type: "ApiFault",
        OperationErrors: [{ Code: 100, Details: anyString }],
      })
    }
    expect(links().writes).toBe(0)
  })

  it("hands the three client-link routes to the link service with the caller", async () => {
    const { emulator, links } = testEmulator()
    const t = await signIn(emulator, "standard@contoso.example")
    const add = await emulator.handle(
      apiRequest(
        `${CM}/ClientLinks`,
        { ClientLinks: [{}, {}] },
        t.access_token,
      ),
    )
    expect(await add.json()).toEqual({
      OperationErrors: [],
      PartialErrors: [null, null],
    })
    const update = await emulator.handle(
      apiRequest(`${CM}/ClientLinks`, { ClientLinks: [{}] }, t.access_token, {
        method: "PUT",
      }),
    )
    expect(update.status).toBe(200)
    const search = await emulator.handle(
      apiRequest(`${CM}/ClientLinks/Search`, {}, t.access_token),
    )
    expect(await search.json()).toEqual({ ClientLinks: [] })
    expect(links().writes).toBe(2)
    expect(links().lastCaller?.user.Email).toBe("standard@contoso.example")
    expect(
      emulator.state.log.map((e) => [e.operation, e.links, e.status, e.email]),
    ).toEqual([
      ["AddClientLinks", 2, 200, "standard@contoso.example"],
      ["UpdateClientLinks", 1, 200, "standard@contoso.example"],
      ["SearchClientLinks", null, 200, "standard@contoso.example"],
    ])
  })

  it("works under a basePath and answers 404 outside it", async () => {
    const { emulator } = testEmulator({ basePath: "/api/emulator/" })
    const t = await signIn(emulator, "admin@contoso.example", "/api/emulator")
    expect(t.access_token).toBeTruthy()
    const inside = await emulator.handle(
      apiRequest(`/api/emulator${CM}/User/Query`, {}, t.access_token),
    )
    expect(inside.status).toBe(200)
    const outside = await emulator.handle(
      apiRequest(`${CM}/User/Query`, {}, t.access_token),
    )
    expect(outside.status).toBe(404)
    const dev = await emulator.handle(
      new Request(`${ORIGIN}/api/emulator/_emulator/health`),
    )
    expect(dev.status).toBe(200)
  })

  it("answers an operation that throws with a 500 InternalError fault, not a bare error", async () => {
    const { emulator, links } = testEmulator()
    const t = await signIn(emulator)
    links().search = () => {
      throw new Error("boom")
    }
    const error = vi.spyOn(console, "error").mockImplementation(() => {})
    const res = await emulator.handle(
      apiRequest(`${CM}/ClientLinks/Search`, {}, t.access_token),
    )
    error.mockRestore()
    expect(res.status).toBe(500)
    const body = (await res.json()) as FaultBody
    expect(body).toMatchObject({
      Type: "AdApiFaultDetail",
      Errors: [{ Code: 0 }],
    })
    expect(body.TrackingId).toBe(res.headers.get("TrackingId"))
  })
})
