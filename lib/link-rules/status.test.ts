import { describe, expect, it } from "vitest"

import {
  type Actor,
  allowedStatusUpdates,
  CLIENT_LINK_STATUSES,
  type ClientLinkStatus,
  ENDED_STATUSES,
  refuseStatusUpdate,
  type StatusUpdateRefusal,
} from "./status"

/** The life cycle (docs/emulator-links.md), written out apart from status.ts: the only writes each actor may make. */
const ALLOWED: Record<Actor, [from: ClientLinkStatus, to: ClientLinkStatus][]> =
  {
    agency: [
      ["LinkPending", "LinkCanceled"],
      ["Active", "UnlinkRequested"],
    ],
    client: [
      ["LinkPending", "LinkAccepted"],
      ["LinkPending", "LinkDeclined"],
    ],
  }
const ENDED: ClientLinkStatus[] = [
  "LinkDeclined",
  "LinkFailed",
  "LinkExpired",
  "LinkCanceled",
  "Inactive",
]

function expected(
  actor: Actor,
  from: ClientLinkStatus,
  to: ClientLinkStatus,
): StatusUpdateRefusal | null {
  if (ENDED.includes(from)) return "LinkEnded"
  // The service answers 1472 "wait" to any write while a link is being (un)linked.
  if (from === "LinkInProgress" || from === "UnlinkInProgress")
    return "LinkInTransition"
  const targets = ALLOWED[actor].filter(([, t]) => t === to)
  if (targets.length === 0) return "StatusNotAllowedForActor"
  return targets.some(([f]) => f === from) ? null : "StatusTransitionInvalid"
}

const ACTORS: Actor[] = ["agency", "client"]
const CASES = ACTORS.flatMap((actor) =>
  CLIENT_LINK_STATUSES.flatMap((from) =>
    CLIENT_LINK_STATUSES.map((to) => [actor, from, to] as const),
  ),
)

describe("refuseStatusUpdate over 2 actors × 14 × 14 statuses", () => {
  it("has 14 statuses and 392 cases", () => {
    expect(CLIENT_LINK_STATUSES).toHaveLength(14)
    expect(CASES).toHaveLength(392)
  })

  it.each(CASES)("%s: %s → %s", (actor, from, to) => {
    expect(refuseStatusUpdate(actor, from, to)).toBe(expected(actor, from, to))
  })

  it("allows exactly four writes in all", () => {
    const allowed = CASES.filter(([a, f, t]) => !refuseStatusUpdate(a, f, t))
    expect(allowed).toEqual([
      ["agency", "LinkPending", "LinkCanceled"],
      ["agency", "Active", "UnlinkRequested"],
      ["client", "LinkPending", "LinkAccepted"],
      ["client", "LinkPending", "LinkDeclined"],
    ])
  })
})

describe("allowedStatusUpdates", () => {
  const cases = ACTORS.flatMap((actor) =>
    CLIENT_LINK_STATUSES.map((from) => [actor, from] as const),
  )
  it.each(cases)("%s from %s", (actor, from) => {
    const want = ALLOWED[actor]
      .filter(([f]) => f === from)
      .map(([, t]) => t)
      .sort()
    expect([...allowedStatusUpdates(actor, from)].sort()).toEqual(want)
  })
})

describe("ENDED_STATUSES", () => {
  it("are the five end states of the life cycle", () => {
    expect([...ENDED_STATUSES].sort()).toEqual([...ENDED].sort())
  })
})
