import { describe, expect, it } from "vitest"

import { parseFaultHeader } from "./faults"
import {
  apiRequest,
  CM,
  ORIGIN,
  signIn,
  testEmulator,
} from "./harness.test-support"

async function setup(options: Parameters<typeof testEmulator>[0] = {}) {
  const { emulator, links } = testEmulator(options)
  const t = await signIn(emulator)
  const add = (fault?: string) =>
    emulator.handle(
      apiRequest(`${CM}/ClientLinks`, { ClientLinks: [{}] }, t.access_token, {
        headers: fault ? { "X-Emulator-Fault": fault } : {},
      }),
    )
  const schedule = (body: unknown) =>
    emulator.handle(
      new Request(`${ORIGIN}/_emulator/faults`, {
        method: "POST",
        body: JSON.stringify(body),
      }),
    )
  return { emulator, links, add, schedule }
}

describe("per-request header", () => {
  it("parses the documented forms", () => {
    expect(parseFaultHeader("latency=5000")).toMatchObject({
      latencyMs: 5000,
      kind: null,
    })
    expect(parseFaultHeader("status=500, latency=10")).toMatchObject({
      latencyMs: 10,
      kind: "status500",
    })
    expect(parseFaultHeader("throttle")).toMatchObject({
      kind: "throttle",
      retryAfterSeconds: 60,
    })
    expect(parseFaultHeader("throttle=5")).toMatchObject({
      kind: "throttle",
      retryAfterSeconds: 5,
    })
    expect(parseFaultHeader("bogus")).toBeNull()
  })

  it("status=500: an InternalError fault, nothing written", async () => {
    const { add, links } = await setup()
    const res = await add("status=500")
    expect(res.status).toBe(500)
    expect(await res.json()).toMatchObject({
      Type: "AdApiFaultDetail",
      Errors: [{ Code: 0 }],
    })
    expect(links().writes).toBe(0)
  })

  it("throttle: 429, code 117 and Retry-After 60, nothing written", async () => {
    const { add, links } = await setup()
    const res = await add("throttle")
    expect(res.status).toBe(429)
    expect(res.headers.get("Retry-After")).toBe("60")
    expect(await res.json()).toMatchObject({
      Errors: [{ Code: 117, ErrorCode: "CallRateExceeded" }],
    })
    expect(links().writes).toBe(0)
  })

  it("malformed: a 200 whose body is not JSON, and the write did happen", async () => {
    const { add, links } = await setup()
    const res = await add("malformed")
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(() => JSON.parse(text) as unknown).toThrow()
    expect(links().writes).toBe(1)
  })

  it("drop: Response.error(), nothing written, logged with status 0", async () => {
    const { add, links, emulator } = await setup()
    const res = await add("drop")
    expect(res.type).toBe("error")
    expect(links().writes).toBe(0)
    expect(emulator.state.log.at(-1)).toMatchObject({
      status: 0,
      fault: "drop (header)",
    })
  })

  it("latency: waits, then answers normally", async () => {
    const { add } = await setup()
    const started = Date.now()
    const res = await add("latency=150")
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(res.status).toBe(200)
  })
})

describe("schedule", () => {
  it("fails exactly the Nth upcoming calls of the named operation", async () => {
    const { add, schedule, emulator } = await setup()
    const set = await schedule({
      operation: "AddClientLinks",
      calls: [3, 4],
      kind: "throttle",
    })
    expect(set.status).toBe(200)
    const search = await emulator.handle(
      apiRequest(`${CM}/ClientLinks/Search`, {}, null),
    )
    expect(search.status).toBe(401) // other operations do not count
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await add()).status)
    expect(statuses).toEqual([200, 200, 429, 429, 200])
    const left = await emulator.handle(
      new Request(`${ORIGIN}/_emulator/faults`),
    )
    expect(await left.json()).toMatchObject({ schedule: [] })
  })

  it("sends the Retry-After a throttle asks for (header and schedule)", async () => {
    const { add, schedule, links } = await setup()
    expect((await add("throttle=7")).headers.get("Retry-After")).toBe("7")
    await schedule({
      operation: "AddClientLinks",
      calls: [1],
      kind: "throttle",
      retryAfterSeconds: 90,
    })
    const res = await add()
    expect(res.status).toBe(429)
    expect(res.headers.get("Retry-After")).toBe("90")
    expect(links().writes).toBe(0)
    const bad = await schedule({
      operation: "AddClientLinks",
      calls: [1],
      kind: "throttle",
      retryAfterSeconds: -1,
    })
    expect(bad.status).toBe(400)
  })

  it("supports every kind and refuses an unknown one", async () => {
    const { add, schedule } = await setup()
    expect(
      (
        await schedule({
          operation: "AddClientLinks",
          calls: [1],
          kind: "status500",
        })
      ).status,
    ).toBe(200)
    expect((await add()).status).toBe(500)
    expect(
      (await schedule({ operation: "*", calls: [1], kind: "drop" })).status,
    ).toBe(200)
    expect((await add()).type).toBe("error")
    expect(
      (
        await schedule({
          operation: "AddClientLinks",
          calls: [1],
          kind: "explode",
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await schedule({
          operation: "AddClientLinks",
          calls: [0],
          kind: "drop",
        })
      ).status,
    ).toBe(400)
  })
})

describe("server-wide rates", () => {
  it("a 500 rate of 1 fails every API call but not sign-in", async () => {
    const { add } = await setup({ faults: { status500Rate: 1 } })
    expect((await add()).status).toBe(500)
  })
})

describe("per-customer rate limit", () => {
  it("answers 117 with Retry-After over the limit, on a sliding 60 s window", async () => {
    const { add, emulator } = await setup({ rateLimitPerMinute: 2 })
    expect((await add()).status).toBe(200)
    emulator.state.clock.advance(30)
    expect((await add()).status).toBe(200)
    const over = await add()
    expect(over.status).toBe(429)
    expect(over.headers.get("Retry-After")).toBe("60")
    expect(await over.json()).toMatchObject({ Errors: [{ Code: 117 }] })
    emulator.state.clock.advance(31) // the first call left the window
    expect((await add()).status).toBe(200)
    expect((await add()).status).toBe(429)
  })

  it("is off by default", async () => {
    const { add } = await setup()
    for (let i = 0; i < 30; i++) expect((await add()).status).toBe(200)
  })
})
