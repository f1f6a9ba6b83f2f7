import { describe, expect, it } from "vitest"

import { isReadOnly, permissionsFor, ROLE, roleName } from "./roles"

describe("roles", () => {
  it("names the Customer Management role ids and fails closed on others", () => {
    expect(roleName(ROLE.SuperAdmin)).toBe("SuperAdmin")
    expect(roleName(ROLE.Standard)).toBe("Standard")
    expect(roleName(ROLE.Viewer)).toBe("Viewer")
    expect(roleName(ROLE.AdvertiserCampaignManager)).toBe(
      "AdvertiserCampaignManager",
    )
    expect(roleName(999)).toBe("Unknown")
    expect(roleName(undefined)).toBe("Unknown")
  })

  it("lets Super Admin do everything and Standard all but customer links (docs: Roles)", () => {
    expect(permissionsFor("SuperAdmin")).toEqual({
      inviteAccountLinks: true,
      inviteCustomerLinks: true,
      respond: true,
      cancelOrUnlink: true,
    })
    expect(permissionsFor("Standard")).toEqual({
      inviteAccountLinks: true,
      inviteCustomerLinks: false,
      respond: true,
      cancelOrUnlink: true,
    })
  })

  it("keeps Viewer, Advertiser Campaign Manager and unknown roles read-only", () => {
    for (const role of [
      "Viewer",
      "AdvertiserCampaignManager",
      "Unknown",
    ] as const) {
      expect(Object.values(permissionsFor(role)).some(Boolean)).toBe(false)
      expect(isReadOnly(role)).toBe(true)
    }
    expect(isReadOnly("Standard")).toBe(false)
  })
})
