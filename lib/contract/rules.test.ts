import { describe, expect, it } from "vitest"

import { refuseStatusRequest } from "@/lib/link-writes/status-update"
import { permissionsFor, type Role } from "@/lib/link-rules/roles"
import {
  type Actor,
  CLIENT_LINK_STATUSES,
  refuseStatusUpdate,
} from "@/lib/link-rules/status"

import {
  ACTION_STATUS,
  actionsAllowed,
  linkPairKey,
  STATUS_ACTIONS,
} from "./rules"

const ROLES: Role[] = [
  "SuperAdmin",
  "Standard",
  "AdvertiserCampaignManager",
  "Viewer",
  "Unknown",
]
const ACTORS: Actor[] = ["agency", "client"]

/** What the status route lets through for one account link of this status. */
function serverAllows(
  actor: Actor,
  role: Role,
  status: (typeof CLIENT_LINK_STATUSES)[number],
  action: (typeof STATUS_ACTIONS)[number],
): boolean {
  const customer = { id: "1", name: "C", number: null, kind: actor }
  const link = {
    Type: "AccountLink" as const,
    ClientEntityId: "9",
    ManagingCustomerId: actor === "agency" ? "1" : "2",
  }
  const whole = refuseStatusRequest(
    { customer, permissions: permissionsFor(role) },
    { action, links: [link] },
  )
  return (
    whole === null &&
    refuseStatusUpdate(actor, status, ACTION_STATUS[action]) === null
  )
}

describe("actionsAllowed", () => {
  it("offers exactly the actions the status route accepts, for every actor, role and status", () => {
    for (const actor of ACTORS)
      for (const role of ROLES)
        for (const status of CLIENT_LINK_STATUSES) {
          const offered = actionsAllowed(actor, permissionsFor(role), status)
          const accepted = STATUS_ACTIONS.filter((a) =>
            serverAllows(actor, role, status, a),
          )
          expect({ actor, role, status, offered }).toEqual({
            actor,
            role,
            status,
            offered: accepted,
          })
        }
  })
})

describe("linkPairKey", () => {
  it("names a link by type, client entity and manager; no type is an account link", () => {
    const pair = { ClientEntityId: "9", ManagingCustomerId: "1" }
    expect(linkPairKey({ Type: "CustomerLink", ...pair })).toBe(
      "CustomerLink:9:1",
    )
    expect(linkPairKey({ Type: null, ...pair })).toBe(
      linkPairKey({ Type: "AccountLink", ...pair }),
    )
    expect(
      linkPairKey({
        Type: null,
        ClientEntityId: null,
        ManagingCustomerId: null,
      }),
    ).toBe("AccountLink::")
  })
})
