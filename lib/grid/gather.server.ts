import "server-only"

import { LRUCache } from "lru-cache"

import { GatherRun, type GatherSnapshot, type RunOptions } from "./gather-run"
import type { GatherClient, GatherTarget } from "./gather-walk"

export { GatherRun, type GatherSnapshot, type RunOptions } from "./gather-run"
export type { GatherClient, GatherTarget } from "./gather-walk"

/**
 * Gathered links, kept briefly in memory per user and customer. A fresh entry is served
 * as is; a stale one is still served while a new gather runs beside it and replaces it
 * once complete, so the grid never drops back to a partial list on a background refresh.
 * The user's own writes drop the entry (invalidateGathered). The cache is bounded in
 * entries (lru-cache) and in links (evict, below: runs grow after they are stored, so
 * lru-cache's sizes, fixed when an entry is set, cannot bound them); the least recently
 * used entries go first.
 */

export const GATHER_LIMITS = {
  /** Served without a refresh for at least this long. */
  freshMs: 10_000,
  /** ... and for at least this many times the last gather's duration (big customers). */
  freshPerGatherMs: 5,
  /** Past this age a stale entry is no longer served while refreshing. */
  maxStaleMs: 5 * 60_000,
  maxEntries: 100,
  maxLinks: 500_000,
}

interface Entry {
  current: GatherRun
  next: GatherRun | null
}

const stop = (entry: Entry) => {
  entry.current.supersede()
  entry.next?.supersede()
}

const entries = new LRUCache<string, Entry>({
  max: GATHER_LIMITS.maxEntries,
  // Pushed out by a newer entry: its runs stop searching.
  dispose: (entry, _key, reason) => {
    if (reason === "evict") stop(entry)
  },
})
const cacheKey = (userId: string, customerId: string) =>
  `${userId}\u0000${customerId}`

const isFresh = (run: GatherRun, now: number) =>
  run.complete &&
  now - run.finishedAt <
    Math.max(
      GATHER_LIMITS.freshMs,
      run.durationMs * GATHER_LIMITS.freshPerGatherMs,
    )

function drop(key: string, entry: Entry) {
  stop(entry)
  entries.delete(key)
}

/** Drops the least recently used entries, but `keep`, while the links held pass the bound. */
function evict(keep: string) {
  // A refresh in flight holds its own copy of the links: it counts too.
  const total = () =>
    [...entries.values()].reduce(
      (n, e) => n + e.current.size + (e.next?.size ?? 0),
      0,
    )
  for (const key of [...entries.rkeys()]) {
    if (total() <= GATHER_LIMITS.maxLinks) return
    const entry = entries.peek(key)
    if (key !== keep && entry) drop(key, entry)
  }
}

/**
 * The links gathered so far for this user and customer, starting a gather when there is
 * none. Throws the upstream error when the gather failed (the entry is dropped, so the
 * next call starts over).
 */
export function gather(
  userId: string,
  target: GatherTarget,
  client: GatherClient,
  options: RunOptions & { now?: number } = {},
): GatherRun {
  const { now = Date.now(), ...run } = options
  const key = cacheKey(userId, target.customerId)
  let entry = entries.get(key)
  if (entry?.current.failed) {
    entries.delete(key)
    throw entry.current.error
  }
  if (entry?.next?.complete) entry.current = entry.next
  if (entry?.next && (entry.next.complete || entry.next.failed))
    entry.next = null
  const tooOld =
    entry && now - entry.current.finishedAt > GATHER_LIMITS.maxStaleMs
  if (!entry || (entry.current.complete && tooOld)) {
    entry?.next?.supersede()
    entry = { current: GatherRun.start(client, target, run), next: null }
    entries.set(key, entry)
  } else if (
    entry.current.complete &&
    !isFresh(entry.current, now) &&
    !entry.next
  ) {
    entry.next = GatherRun.start(client, target, run)
  }
  evict(key)
  return entry.current
}

/** Waits up to `ms` for the run to complete (or fail); returns its snapshot either way. */
export async function settle(
  run: GatherRun,
  ms: number,
): Promise<GatherSnapshot> {
  if (!run.complete && !run.failed) {
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      run.done,
      new Promise((r) => (timer = setTimeout(r, ms))),
    ])
    clearTimeout(timer)
  }
  if (run.failed) throw run.error
  return run.snapshot()
}

/** Attempts of settleGathered: each extra one follows a write that dropped the run. */
const MAX_SUPERSEDED = 3

/**
 * gather + settle for one request. When the user's own write (in another tab, or a bulk
 * action beside the grid's polling) drops the run this request is waiting on, the request
 * waits on the fresh run instead of failing with the aborted search.
 */
export async function settleGathered(
  userId: string,
  target: GatherTarget,
  client: GatherClient,
  ms: number,
): Promise<GatherSnapshot> {
  for (let attempt = 1; ; attempt++) {
    const run = gather(userId, target, client)
    try {
      return await settle(run, ms)
    } catch (e) {
      if (!run.superseded || attempt >= MAX_SUPERSEDED) throw e
    }
  }
}

/** Drops what was gathered for this user and customer: call after the user's own writes. */
export function invalidateGathered(userId: string, customerId: string): void {
  const key = cacheKey(userId, customerId)
  const entry = entries.peek(key)
  if (entry) drop(key, entry)
}

/** For tests and the bench. */
export function clearGathered(): void {
  for (const key of [...entries.keys()]) {
    const [userId = "", customerId = ""] = key.split("\u0000")
    invalidateGathered(userId, customerId)
  }
}
