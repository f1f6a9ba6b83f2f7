import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"

import type { LinkRecord, LinkStore } from "./store"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/**
 * System transitions of the life cycle (docs/emulator-links.md, "Life cycle"), all in one place. The service
 * gives no figures except the 30-day expiry; the minutes are our choice, short enough
 * for a test clock and for a person watching the dashboard.
 */
export const LINK_TIMINGS = {
  /** LinkAccepted → LinkInProgress. */
  acceptedToInProgressMs: 1 * MINUTE,
  /** LinkInProgress → Active, and not before StartDate. */
  inProgressToActiveMs: 5 * MINUTE,
  /** UnlinkPending → UnlinkInProgress. */
  unlinkPendingToInProgressMs: 1 * MINUTE,
  /** UnlinkInProgress → Inactive. */
  unlinkInProgressToInactiveMs: 5 * MINUTE,
  /** LinkPending → LinkExpired, counted from when the invitation was sent. */
  pendingExpiryMs: 30 * DAY,
} as const

const NEXT: Partial<Record<ClientLinkStatus, ClientLinkStatus>> = {
  LinkPending: "LinkExpired",
  LinkAccepted: "LinkInProgress",
  LinkInProgress: "Active",
  UnlinkPending: "UnlinkInProgress",
  UnlinkInProgress: "Inactive",
}

/** When the system moves `rec` on, given that it entered its status at `since`. */
export function dueFor(rec: LinkRecord, since: number): number | null {
  const t = LINK_TIMINGS
  switch (rec.status) {
    case "LinkPending":
      return rec.sentAt + t.pendingExpiryMs
    case "LinkAccepted":
      return since + t.acceptedToInProgressMs
    case "LinkInProgress":
      return Math.max(since + t.inProgressToActiveMs, rec.startDate)
    case "UnlinkPending":
      return since + t.unlinkPendingToInProgressMs
    case "UnlinkInProgress":
      return since + t.unlinkInProgressToInactiveMs
    default:
      return null
  }
}

interface Entry {
  at: number
  rec: LinkRecord
}

/**
 * Due system transitions as a binary min-heap on time. An entry is stale (and skipped)
 * once its link's `due` no longer equals the entry's time, so a user write never has
 * to search the heap.
 */
export class TransitionQueue {
  private heap: Entry[] = []

  constructor(private readonly store: LinkStore) {}

  get size(): number {
    return this.heap.length
  }

  /** Sets `rec.due` from its status (entered at `since`) and queues it. */
  schedule(rec: LinkRecord, since: number): void {
    rec.due = dueFor(rec, since)
    if (rec.due !== null) this.push({ at: rec.due, rec })
  }

  /** Re-queues a link whose `due` is already set (after restore). */
  requeue(rec: LinkRecord): void {
    if (rec.due !== null) this.push({ at: rec.due, rec })
  }

  clear(): void {
    this.heap = []
  }

  /** Applies every transition due at or before `now`, each at its own due time. */
  runDue(now: number): void {
    for (let top = this.heap[0]; top && top.at <= now; top = this.heap[0]) {
      this.pop()
      const { rec, at } = top
      if (rec.due !== at) continue
      const next = NEXT[rec.status]
      if (!next) {
        rec.due = null
        continue
      }
      rec.status = next
      rec.lastModified = at
      // Documented choice: a system transition has no user.
      rec.lastModifiedByUserId = null
      rec.stamp = this.store.nextStamp()
      this.schedule(rec, at)
    }
  }

  private push(e: Entry): void {
    const h = this.heap
    h.push(e)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      const parent = h[p]!
      if (parent.at <= e.at) break
      h[i] = parent
      i = p
    }
    h[i] = e
  }

  private pop(): void {
    const h = this.heap
    const last = h.pop()
    if (!last || h.length === 0) return
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= h.length) break
      const r = l + 1
      const c = r < h.length && h[r]!.at < h[l]!.at ? r : l
      if (h[c]!.at >= last.at) break
      h[i] = h[c]!
      i = c
    }
    h[i] = last
  }
}
