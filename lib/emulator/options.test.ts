import { describe, expect, it } from "vitest"

import { DEFAULT_OPTIONS, optionsFromEnv, resolveOptions } from "./options"

describe("options", () => {
  it("defaults: sandbox token, 3600 s, 2,400 links, no faults, no rate limit", () => {
    const o = resolveOptions()
    expect(o.developerTokens).toEqual(["BBD37VB98"])
    expect(o.accessTokenTtlSeconds).toBe(3600)
    expect(o.links).toBe(2400)
    expect(o.rateLimitPerMinute).toBe(0)
    expect(Object.values(o.faults).every((v) => v === 0)).toBe(true)
    expect(o.stateFile).toBeNull()
  })

  it("reads EMULATOR_* variables and ignores empty ones", () => {
    const input = optionsFromEnv({
      EMULATOR_DEVELOPER_TOKENS: "A1, B2",
      EMULATOR_TOKEN_TTL: "60",
      EMULATOR_LINKS: "100",
      EMULATOR_SEED: "",
      EMULATOR_FAIL_RATE: "0.25",
      EMULATOR_RATE_LIMIT: "30",
      EMULATOR_REQUIRE_CLIENT_ENTITY_CUSTOMER_NUMBER: "true",
    })
    const o = resolveOptions(input)
    expect(o.developerTokens).toEqual(["A1", "B2"])
    expect(o.accessTokenTtlSeconds).toBe(60)
    expect(o.links).toBe(100)
    expect(o.seed).toBe(DEFAULT_OPTIONS.seed)
    expect(o.faults.status500Rate).toBe(0.25)
    expect(o.faults.throttleRate).toBe(0)
    expect(o.rateLimitPerMinute).toBe(30)
    expect(o.addRules.requireClientEntityCustomerNumber).toBe(true)
    expect(o.addRules.rejectIdAndNumberForCustomerLinks).toBe(false)
  })

  it("throws on values it cannot read", () => {
    expect(() => optionsFromEnv({ EMULATOR_FAIL_RATE: "2" })).toThrow()
    expect(() => optionsFromEnv({ EMULATOR_LINKS: "lots" })).toThrow()
  })

  it("lets undefined members keep their defaults", () => {
    expect(
      resolveOptions({ links: undefined, faults: { latencyMs: undefined } })
        .links,
    ).toBe(2400)
  })
})
