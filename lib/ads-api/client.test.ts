import { describe, expect, it } from "vitest"

import { PATHS } from "./client.server"
import {
  failure,
  fakeFetch,
  json,
  make,
  WRITE_OK,
} from "./fake-fetch.test-support"

describe("requests", () => {
  it("sends the headers, method, path and body, dropping undefined members", async () => {
    const f = fakeFetch(() => json(WRITE_OK, 200, { TrackingId: "trk-1" }))
    const client = make(f.fetch, {
      customerId: "2001",
      customerAccountId: "3001",
    })
    const r = await client.addClientLinks([
      { ClientEntityId: "1001", Note: undefined, IsBillToClient: true },
    ])
    const [call] = f.calls
    expect(call?.url).toBe("https://cm.test/CustomerManagement/v13/ClientLinks")
    expect(call?.method).toBe("POST")
    expect(Object.fromEntries(call?.headers ?? [])).toEqual({
      authorization: "Bearer tok",
      developertoken: "dev",
      customerid: "2001",
      customeraccountid: "3001",
      "content-type": "application/json",
      accept: "application/json",
      "user-agent": "Linkdesk/0.1",
    })
    expect(call?.body).toEqual({
      ClientLinks: [{ ClientEntityId: "1001", IsBillToClient: true }],
    })
    expect(r).toEqual({ data: WRITE_OK, trackingId: "trk-1" })
  })

  it("leaves out CustomerId and CustomerAccountId when not given", async () => {
    const f = fakeFetch(() => json(WRITE_OK))
    const r = await make(f.fetch, { userAgent: "X/1" }).updateClientLinks([
      { ClientEntityId: "1" },
    ])
    expect(f.calls[0]?.method).toBe("PUT")
    expect(f.calls[0]?.headers.has("CustomerId")).toBe(false)
    expect(f.calls[0]?.headers.has("CustomerAccountId")).toBe(false)
    expect(f.calls[0]?.headers.get("User-Agent")).toBe("X/1")
    expect(r.trackingId).toBeNull()
  })

  it("uses the documented path and request body of each operation", async () => {
    const answers: Record<string, unknown> = {
      [PATHS.searchClientLinks]: { ClientLinks: [] },
      [PATHS.getUser]: {
        User: { Id: 5, CustomerId: "2001", UserName: "u", Extra: 1 },
        CustomerRoles: [{ RoleId: 41, CustomerId: 2001, AccountIds: null }],
      },
      [PATHS.getCustomersInfo]: { CustomersInfo: [{ Id: "2001", Name: "A" }] },
      [PATHS.getAccountsInfo]: {
        AccountsInfo: [{ Id: "3001", Name: "B", Number: "F1" }],
      },
      [PATHS.getCustomer]: { Customer: { Id: "2001", Name: "A" } },
    }
    const f = fakeFetch((c) => json(answers[new URL(c.url).pathname]))
    const client = make(f.fetch)
    const search = { Predicates: [], PageInfo: { Index: 0, Size: 10 } }
    await client.searchClientLinks(search)
    const user = await client.getUser()
    const customers = await client.getCustomersInfo()
    const accounts = await client.getAccountsInfo("2001")
    const customer = await client.getCustomer("2001")
    expect(f.calls.map((c) => [new URL(c.url).pathname, c.body])).toEqual([
      [PATHS.searchClientLinks, search],
      [PATHS.getUser, { UserId: null }],
      [PATHS.getCustomersInfo, { TopN: 100 }],
      [PATHS.getAccountsInfo, { CustomerId: "2001" }],
      [PATHS.getCustomer, { CustomerId: "2001" }],
    ])
    expect(user.data.User).toEqual({
      Id: "5",
      CustomerId: "2001",
      UserName: "u",
    })
    expect(user.data.CustomerRoles?.[0]?.CustomerId).toBe("2001")
    expect(customers.data.CustomersInfo?.[0]?.Name).toBe("A")
    expect(accounts.data.AccountsInfo?.[0]?.Number).toBe("F1")
    expect(customer.data.Customer.Id).toBe("2001")
  })
})

describe("faults", () => {
  it("reads an ApiFault: Details, no ErrorCode, TrackingId from the header first", async () => {
    const body = {
      Type: "ApiFault",
      TrackingId: "body-trk",
      OperationErrors: [{ Code: 3030, Details: "d", Message: "bad predicate" }],
    }
    const f = fakeFetch(() => json(body, 400, { TrackingId: "hdr-trk" }))
    const e = await failure(make(f.fetch).searchClientLinks({}))
    expect(e).toMatchObject({
      kind: "fault",
      status: 400,
      trackingId: "hdr-trk",
      operation: "SearchClientLinks",
      errors: [
        { code: 3030, errorCode: null, message: "bad predicate", details: "d" },
      ],
      retryAfterMs: null,
      mayHaveReachedServer: true,
    })
    expect(e.code).toBe(3030)
    expect(e.mayHaveTakenEffect).toBe(false)
  })

  it("reads an AdApiFaultDetail: Detail and ErrorCode, TrackingId from the body", async () => {
    const body = {
      Type: "AdApiFaultDetail",
      TrackingId: "body-trk",
      Errors: [
        {
          Code: 109,
          Detail: "x",
          ErrorCode: "AuthenticationTokenExpired",
          Message: "m",
        },
      ],
    }
    const e = await failure(
      make(fakeFetch(() => json(body, 401)).fetch).getUser(),
    )
    expect(e).toMatchObject({
      kind: "fault",
      status: 401,
      trackingId: "body-trk",
      errors: [
        { code: 109, errorCode: "AuthenticationTokenExpired", details: "x" },
      ],
    })
  })

  it("reads 429 as a definite refusal with Retry-After", async () => {
    const body = {
      Type: "AdApiFaultDetail",
      TrackingId: "t",
      Errors: [
        {
          Code: 117,
          Detail: null,
          ErrorCode: "CallRateExceeded",
          Message: "m",
        },
      ],
    }
    const f = fakeFetch(() => json(body, 429, { "Retry-After": "60" }))
    const e = await failure(make(f.fetch).addClientLinks([]))
    expect(e.retryAfterMs).toBe(60_000)
    expect(e.isThrottle).toBe(true)
    expect(e.mayHaveReachedServer).toBe(false)
    expect(e.mayHaveTakenEffect).toBe(false)
  })

  it("reads a 500 fault as possibly applied", async () => {
    const body = {
      Type: "AdApiFaultDetail",
      TrackingId: "t",
      Errors: [
        { Code: 0, Detail: null, ErrorCode: "InternalError", Message: "m" },
      ],
    }
    const e = await failure(
      make(fakeFetch(() => json(body, 500)).fetch).addClientLinks([]),
    )
    expect([e.kind, e.mayHaveReachedServer, e.mayHaveTakenEffect]).toEqual([
      "fault",
      true,
      true,
    ])
  })

  it.each([
    [404, "<html>not found</html>"],
    [502, "Bad gateway"],
    [400, JSON.stringify({ error: "no fault body" })],
    [
      403,
      JSON.stringify({
        Type: "ApiFault",
        TrackingId: null,
        OperationErrors: [],
        X: 1,
      }),
    ],
  ])(
    "reads HTTP %i without a fault body as kind http",
    async (status, text) => {
      const f = fakeFetch(
        () => new Response(text, { status, headers: { TrackingId: "t9" } }),
      )
      const e = await failure(make(f.fetch).addClientLinks([]))
      expect([e.kind, e.status, e.trackingId, e.errors]).toEqual([
        "http",
        status,
        "t9",
        [],
      ])
      expect(e.mayHaveTakenEffect).toBe(status >= 500)
    },
  )
})
