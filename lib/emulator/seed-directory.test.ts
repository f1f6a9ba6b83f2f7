import { describe, expect, it } from "vitest"

import { PERSONAS } from "./personas"
import { SMALL_AGENCIES } from "./seed-names"
import {
  CLIENT_PERSONA_ACCOUNTS,
  FREE_ACCOUNTS,
  OTHER_AGENCY_ACCOUNTS,
  PREPAID_ACCOUNTS,
  seedDirectory,
} from "./seed-directory"
import { notMatching } from "./harness.test-support"
import { ROLE } from "./types"

describe("seedDirectory", () => {
  const { directory, plan } = seedDirectory({ seed: 7, links: 2400 })

  it("is deterministic for a seed and differs across seeds", () => {
    expect(seedDirectory({ seed: 7, links: 2400 })).toEqual({ directory, plan })
    expect(
      seedDirectory({ seed: 8, links: 2400 }).plan.agencyCustomerId,
    ).not.toBe(plan.agencyCustomerId)
  })

  it("sizes the accounts: one per link plus the free, other-agency, prepaid and client pools", () => {
    expect(plan.linkedAccountIds).toHaveLength(2400)
    expect(plan.freeAccountIds).toHaveLength(FREE_ACCOUNTS)
    expect(plan.managedByOtherAgencyAccountIds).toHaveLength(
      OTHER_AGENCY_ACCOUNTS,
    )
    expect(plan.prepaidAccountIds).toHaveLength(PREPAID_ACCOUNTS)
    expect(plan.clientAccountIds).toHaveLength(CLIENT_PERSONA_ACCOUNTS)
    const pools = [
      ...plan.linkedAccountIds,
      ...plan.freeAccountIds,
      ...plan.managedByOtherAgencyAccountIds,
      ...plan.prepaidAccountIds,
      ...plan.clientAccountIds,
    ]
    expect(new Set(pools).size).toBe(pools.length)
    for (const id of plan.prepaidAccountIds)
      expect(directory.accounts.get(id)?.prepaid).toBe(true)
    for (const id of plan.freeAccountIds)
      expect(directory.accounts.get(id)?.prepaid).toBe(false)
    for (const id of plan.clientAccountIds)
      expect(directory.accounts.get(id)?.ParentCustomerId).toBe(
        plan.clientCustomerId,
      )
  })

  it("uses the service's id and number formats, all unique", () => {
    const customers = [...directory.customers.values()]
    const accounts = [...directory.accounts.values()]
    for (const c of customers) {
      expect(c.Id).toMatch(/^[1-9]\d{8}$/)
      expect(c.Number).toMatch(/^C[A-Z0-9]{7}$/)
    }
    for (const a of accounts) {
      expect(a.Id).toMatch(/^[1-9]\d{8}$/)
      expect(a.Number).toMatch(/^[XF][A-Z0-9]{7}$/)
      expect(directory.customers.has(a.ParentCustomerId)).toBe(true)
    }
    expect(new Set(customers.map((c) => c.Number)).size).toBe(customers.length)
    expect(new Set(customers.map((c) => c.Name)).size).toBe(customers.length)
    expect(new Set(accounts.map((a) => a.Number)).size).toBe(accounts.length)
  })

  it("creates every persona with its roles", () => {
    const users = [...directory.users.values()]
    expect(users.map((u) => u.Email)).toEqual([
      ...PERSONAS.map((p) => p.email),
      ...SMALL_AGENCIES.map(
        (a) => `admin@${a.split(" ")[0]!.toLowerCase()}.example`,
      ),
    ])
    const admin = users.find((u) => u.Email === "admin@contoso.example")
    expect(admin?.roles).toEqual([
      { CustomerId: plan.agencyCustomerId, RoleId: ROLE.SuperAdmin },
      {
        CustomerId: notMatching(plan.agencyCustomerId),
        RoleId: ROLE.SuperAdmin,
      },
    ])
    const roleIds = new Set(users.flatMap((u) => u.roles.map((r) => r.RoleId)))
    expect(roleIds).toEqual(new Set([41, 203, 100, 16]))
    const fabrikam = users.find((u) => u.Email === "admin@fabrikam.example")
    expect(fabrikam?.CustomerId).toBe(plan.otherAgencyCustomerId)
  })
})
