import { describe, expect, it } from "vitest"

import { ORIGIN, signIn, testEmulator } from "./harness.test-support"

function dev(emulator: ReturnType<typeof testEmulator>["emulator"]) {
  return async (method: string, name: string, body?: unknown) => {
    const res = await emulator.handle(
      new Request(`${ORIGIN}/_emulator/${name}`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    )
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
    }
  }
}

describe("/_emulator", () => {
  it("lists personas with roles, customers and accounts", async () => {
    const { emulator } = testEmulator()
    const { body } = await dev(emulator)("GET", "personas")
    const personas = body.personas as {
      email: string
      roles: {
        roleName: string
        customerName: string
        customerNumber: string
      }[]
      accountIds: string[]
      description: string
    }[]
    expect(personas.map((p) => p.email)).toContain("admin@fabrikam.example")
    const admin = personas.find((p) => p.email === "admin@contoso.example")
    expect(admin?.roles.map((r) => `${r.roleName}@${r.customerName}`)).toEqual([
      "Super Admin@Contoso Media",
      "Super Admin@Contoso Media Labs",
    ])
    expect(admin?.roles[0]?.customerNumber).toMatch(/^C[A-Z0-9]{7}$/)
    const client = personas.find((p) => p.email === "admin@northwind.example")
    expect(client?.accountIds).toEqual(emulator.state.plan.clientAccountIds)
    expect(personas.every((p) => p.description.length > 10)).toBe(true)
  })

  it("moves the clock forward only, and ticks the link service", async () => {
    const { emulator, links } = testEmulator()
    const call = dev(emulator)
    const before = (await call("GET", "clock")).body
    const ticks = links().ticks
    const moved = await call("POST", "clock", { advanceSeconds: 3600 })
    expect(moved.body.offsetSeconds).toBe(3600)
    expect(links().ticks).toBe(ticks + 1)
    const later = new Date(
      Date.parse(String(before.now)) + 86_400_000,
    ).toISOString()
    expect((await call("POST", "clock", { now: later })).status).toBe(200)
    expect(
      (await call("POST", "clock", { now: String(before.now) })).status,
    ).toBe(400)
    expect((await call("POST", "clock", { advanceSeconds: -1 })).status).toBe(
      400,
    )
  })

  it("resets to the seed with optional links and seed", async () => {
    const { emulator, links } = testEmulator()
    const call = dev(emulator)
    await call("POST", "clock", { advanceSeconds: 50 })
    const res = await call("POST", "reset", { links: 7, seed: 9 })
    expect(res.body).toMatchObject({ seed: 9, links: 7 })
    expect(links().seeded).toEqual({ seed: 9, links: 7 })
    expect(emulator.state.plan.linkedAccountIds).toHaveLength(7)
    expect((await call("GET", "clock")).body.offsetSeconds).toBe(0)
    expect((await call("POST", "reset", { links: "many" })).status).toBe(400)
  })

  it("keeps and clears the request log", async () => {
    const { emulator } = testEmulator()
    const call = dev(emulator)
    await emulator.handle(
      new Request(`${ORIGIN}/CustomerManagement/v13/User/Query`, {
        method: "POST",
        body: "{}",
      }),
    )
    expect((await call("GET", "requests")).body.requests).toHaveLength(1)
    await call("DELETE", "requests")
    expect((await call("GET", "requests")).body.requests).toHaveLength(0)
  })

  it("sets the token TTL at run time", async () => {
    const { emulator } = testEmulator()
    const res = await dev(emulator)("POST", "config", {
      accessTokenTtlSeconds: 5,
    })
    expect(res.body.accessTokenTtlSeconds).toBe(5)
    expect((await dev(emulator)("GET", "config")).body).toEqual(res.body)
    expect((await signIn(emulator)).expires_in).toBe(5)
    expect(
      (await dev(emulator)("POST", "config", { accessTokenTtlSeconds: 0 }))
        .status,
    ).toBe(400)
  })

  it("clears the fault schedule, refuses an unknown persona, reports health", async () => {
    const { emulator } = testEmulator()
    const call = dev(emulator)
    await call("POST", "faults", {
      operation: "GetUser",
      calls: [1],
      kind: "drop",
    })
    expect((await call("DELETE", "faults")).body.schedule).toEqual([])
    expect((await call("POST", "revoke", { email: "nobody@x" })).status).toBe(
      400,
    )
    expect((await call("GET", "health")).body).toMatchObject({
      status: "ok",
      links: 20,
    })
    expect((await call("GET", "nope")).status).toBe(404)
  })

  it("lists a persona's live tokens, so tests can look for leaks", async () => {
    const { emulator } = testEmulator()
    const t = await signIn(emulator, "viewer@contoso.example")
    const call = dev(emulator)
    const res = await call("GET", "tokens?email=viewer@contoso.example")
    expect(res.body).toMatchObject({
      access: [t.access_token],
      refresh: [t.refresh_token],
    })
    expect((await call("GET", "tokens?email=nobody@x")).status).toBe(400)
  })

  it("exposes the seed plan with numbers for invitation tests", async () => {
    const { emulator } = testEmulator()
    const { status, body } = await dev(emulator)("GET", "plan")
    expect(status).toBe(200)
    const free = body.freeAccounts as {
      id: string
      number: string
      ownerCustomerNumber: string
    }[]
    expect(free).toHaveLength(600)
    expect(free[0]?.id).toBe(emulator.state.plan.freeAccountIds[0])
    expect(free[0]?.number).toMatch(/^[XF][A-Z0-9]{7}$/)
    expect(free[0]?.ownerCustomerNumber).toMatch(/^C[A-Z0-9]{7}$/)
    expect(body.agencyCustomer).toEqual({
      id: emulator.state.plan.agencyCustomerId,
      number: emulator.state.directory.customers.get(
        emulator.state.plan.agencyCustomerId,
      )?.Number,
    })
  })
})
