import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"
import type { ClientLinkType } from "@/lib/ads-api/wire"

import { pickScenario, type Random } from "./seed-random"

export const MIN = 60_000
export const DAY = 24 * 60 * MIN

export interface Draft {
  type?: ClientLinkType
  manager: string
  entity: string
  status: ClientLinkStatus
  /** When the invitation was sent and when the status was reached. */
  sentAt: number
  at: number
  startDate?: number
}

/** The main agency's link(s) for one account: one draft, or an ended one then a new one. */
export function mainDrafts(
  rand: Random,
  now: number,
  manager: string,
  entity: string,
): Draft[] {
  const scenario = pickScenario(rand)
  const ago = (minMs: number, maxMs: number) => now - rand.int(minMs, maxMs)
  const base = { manager, entity }
  switch (scenario) {
    case "LinkPending": {
      const sentAt = ago(0, 30 * DAY - MIN)
      return [
        {
          ...base,
          status: scenario,
          sentAt,
          at: sentAt,
          startDate: sentAt + rand.int(0, 20) * DAY,
        },
      ]
    }
    case "LinkInProgress": {
      const at = ago(31 * MIN, 3 * 60 * MIN)
      return [
        {
          ...base,
          status: scenario,
          sentAt: at - 2 * DAY,
          at,
          startDate: now + rand.int(1, 14) * DAY,
        },
      ]
    }
    case "LinkAccepted":
    case "UnlinkPending":
      return [
        {
          ...base,
          status: scenario,
          sentAt: ago(20 * DAY, 400 * DAY),
          at: ago(0, 50_000),
        },
      ]
    case "UnlinkInProgress":
      return [
        {
          ...base,
          status: scenario,
          sentAt: ago(20 * DAY, 400 * DAY),
          at: ago(0, 4 * MIN),
        },
      ]
    case "LinkExpired": {
      const sentAt = ago(31 * DAY, 300 * DAY)
      return [{ ...base, status: scenario, sentAt, at: sentAt + 30 * DAY }]
    }
    case "History": {
      const sentAt = ago(400 * DAY, 800 * DAY)
      const old: Draft = {
        ...base,
        status: rand.pick(["Inactive", "LinkDeclined", "LinkExpired"] as const),
        sentAt,
        at: sentAt + 30 * DAY,
      }
      if (rand.chance(0.3)) {
        const again = ago(0, 29 * DAY)
        return [
          old,
          { ...base, status: "LinkPending", sentAt: again, at: again },
        ]
      }
      const again = ago(2 * DAY, 300 * DAY)
      return [
        old,
        { ...base, status: "Active", sentAt: again, at: again + DAY },
      ]
    }
    default: {
      const sentAt = ago(2 * DAY, 900 * DAY)
      return [
        {
          ...base,
          status: scenario,
          sentAt,
          // Answered 1 to 10 days after it was sent, but never after `now`.
          at: Math.min(now, sentAt + rand.int(1, 10) * DAY),
        },
      ]
    }
  }
}
