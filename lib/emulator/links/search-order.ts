import type { OrderByField } from "@/lib/ads-api/wire"

import type { Directory } from "../types"
import type { LinkRecord, LinkStore, Pair } from "./store"

export type SortField = Extract<OrderByField, "Id" | "Name" | "Number">

/** Ids are digit strings: left-padding makes text order numeric order. */
const pad = (id: string) => id.padStart(20, "0")

/**
 * The ascending sort key of a pair. Ties break on client entity id, then managing
 * customer id, then type; Name compares case-insensitively by code unit. Descending
 * is the exact reverse of ascending.
 */
export function sortKey(
  pair: Pair,
  field: SortField,
  dir: Directory,
  latest: LinkRecord = pair.latest,
): string {
  const tie = `${pad(pair.clientEntityId)}${pad(pair.managingCustomerId)}${pair.type}`
  switch (field) {
    case "Id":
      return tie
    case "Name":
      return `${latest.name.toLowerCase()}\u0000${tie}`
    case "Number":
      return `${dir.customers.get(pair.managingCustomerId)?.Number ?? ""}\u0000${tie}`
  }
}

export interface Sorted {
  pairs: Pair[]
  keys: string[]
}

export function sortPairs(
  pairs: Pair[],
  field: SortField,
  dir: Directory,
): Sorted {
  const keyed = pairs.map((pair) => ({ pair, key: sortKey(pair, field, dir) }))
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { pairs: keyed.map((k) => k.pair), keys: keyed.map((k) => k.key) }
}

/** First index whose key is not below `key`. */
function lowerBound(keys: string[], key: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keys[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

interface Entry extends Sorted {
  field: SortField
  /** Whether a pair belongs to this result; null when membership cannot be kept up (drop instead). */
  matches: ((pair: Pair) => boolean) | null
}

/** Cache entries kept at most; past this the cache starts over. */
const CACHE_MAX = 256

/**
 * Sorted results per (filter, visibility, order field). A write that adds a pair, or
 * gives a pair a new latest link (new Name), updates every entry in place by binary
 * search, so an invitation never costs a re-sort of 100,000 rows. Status changes touch
 * neither membership nor sort keys. `version` (bulk replace: seed, restore) empties it.
 */
export class SearchCache {
  private version = -1
  private entries = new Map<string, Entry>()

  constructor(
    private readonly dir: Directory,
    private readonly store: LinkStore,
  ) {
    store.onInsert = (pair, previous) => this.inserted(pair, previous)
  }

  get(
    key: string,
    field: SortField,
    matches: Entry["matches"],
    build: () => Pair[],
  ): Sorted {
    this.sync()
    let hit = this.entries.get(key)
    if (!hit) {
      if (this.entries.size >= CACHE_MAX) this.entries.clear()
      hit = { ...sortPairs(build(), field, this.dir), field, matches }
      this.entries.set(key, hit)
    }
    return hit
  }

  private sync(): boolean {
    if (this.store.version === this.version) return true
    this.entries.clear()
    this.version = this.store.version
    return false
  }

  /** Keeps every entry right after `pair` was created or got a new latest link (`previous`). */
  private inserted(pair: Pair, previous: LinkRecord | null): void {
    if (!this.sync()) return
    for (const [k, e] of this.entries) {
      if (!e.matches) {
        if (previous === null || e.field === "Name") this.entries.delete(k)
        continue
      }
      if (!e.matches(pair)) continue
      if (previous) {
        if (e.field !== "Name") continue
        const at = lowerBound(e.keys, sortKey(pair, "Name", this.dir, previous))
        if (e.pairs[at] === pair) {
          e.pairs.splice(at, 1)
          e.keys.splice(at, 1)
        }
      }
      const key = sortKey(pair, e.field, this.dir)
      const at = lowerBound(e.keys, key)
      e.pairs.splice(at, 0, pair)
      e.keys.splice(at, 0, key)
    }
  }
}
