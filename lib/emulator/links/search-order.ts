import type { OrderByField } from "@/lib/client-links/wire"

import type { Directory } from "../types"
import type { Pair } from "./store"

export type SortField = Extract<OrderByField, "Id" | "Name" | "Number">

/** Ids are digit strings: left-padding makes text order numeric order. */
const pad = (id: string) => id.padStart(20, "0")

/**
 * The ascending sort key of a pair. Ties break on client entity id, then managing
 * customer id, then type; Name compares case-insensitively by code unit. Descending
 * is the exact reverse of ascending.
 */
function sortKey(pair: Pair, field: SortField, dir: Directory): string {
  const tie = `${pad(pair.clientEntityId)}${pad(pair.managingCustomerId)}${pair.type}`
  switch (field) {
    case "Id":
      return tie
    case "Name":
      return `${pair.latest.name.toLowerCase()}\u0000${tie}`
    case "Number":
      return `${dir.customers.get(pair.managingCustomerId)?.Number ?? ""}\u0000${tie}`
  }
}

export function sortPairs(
  pairs: Pair[],
  field: SortField,
  dir: Directory,
): Pair[] {
  const keyed = pairs.map((pair) => ({ pair, key: sortKey(pair, field, dir) }))
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return keyed.map((k) => k.pair)
}

/** Cache entries kept at most; past this the cache starts over. */
const CACHE_MAX = 256

/**
 * Sorted results per (filter, visibility, order field), valid for one store version:
 * a new pair or a new latest link of a pair bumps the version and empties the cache.
 * Status changes keep membership and sort keys, so they keep the cache.
 */
export class SearchCache {
  private version = -1
  private entries = new Map<string, Pair[]>()

  get(key: string, version: number, build: () => Pair[]): Pair[] {
    if (version !== this.version) {
      this.entries.clear()
      this.version = version
    }
    let hit = this.entries.get(key)
    if (!hit) {
      if (this.entries.size >= CACHE_MAX) this.entries.clear()
      hit = build()
      this.entries.set(key, hit)
    }
    return hit
  }
}
