import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"
import type { ClientLinkType } from "@/lib/ads-api/wire"

import type { Directory } from "../types"

/** One client link as the emulator keeps it: times in epoch ms, ids as strings. */
export interface LinkRecord {
  type: ClientLinkType
  clientEntityId: string
  managingCustomerId: string
  name: string
  note: string | null
  inviterEmail: string | null
  inviterName: string | null
  inviterPhone: string | null
  isBillToClient: boolean | null
  startDate: number
  status: ClientLinkStatus
  suppressNotification: boolean
  customerLinkPermission: "Administrative" | "Standard" | null
  /** When the invitation was sent: LinkPending expires 30 days later. */
  sentAt: number
  lastModified: number
  lastModifiedByUserId: string | null
  /** Row version, sent as the base64 Timestamp; a fresh one on every write. */
  stamp: number
  /** When the next system transition is due, or null when none is. */
  due: number | null
}

/** A (managing customer, type, client entity) pair: the latest link plus its history. */
export interface Pair {
  key: string
  type: ClientLinkType
  managingCustomerId: string
  clientEntityId: string
  /** The customer that owns the client entity (the customer itself for a customer link). */
  ownerCustomerId: string
  latest: LinkRecord
  /** Older links of the pair, oldest first. */
  history: LinkRecord[]
}

export const pairKey = (
  managingCustomerId: string,
  type: ClientLinkType,
  clientEntityId: string,
) => `${managingCustomerId}|${type}|${clientEntityId}`

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * Every link with the indexes search needs. Pairs never disappear, so the indexes only
 * grow. A new pair or a new latest link (the only writes that change a search's
 * membership or sort keys) is reported through `onInsert`, so cached orders follow.
 */
export class LinkStore {
  readonly pairs = new Map<string, Pair>()
  readonly byManager = new Map<string, Pair[]>()
  readonly byClientAccount = new Map<string, Pair[]>()
  readonly byClientCustomer = new Map<string, Pair[]>()
  /** Every link ever written, in insertion order (for snapshots). */
  readonly records: LinkRecord[] = []
  /** Changes on a bulk replace (clear): caches built on the old state are void. */
  version = 0
  /** Told about every insert, with the pair's previous latest link (null for a new pair). */
  onInsert: ((pair: Pair, previous: LinkRecord | null) => void) | null = null
  private lastStamp = 0

  constructor(private readonly directory: Directory) {}

  nextStamp(): number {
    return ++this.lastStamp
  }

  get stampCounter(): number {
    return this.lastStamp
  }

  set stampCounter(value: number) {
    this.lastStamp = value
  }

  get(
    managingCustomerId: string,
    type: ClientLinkType,
    clientEntityId: string,
  ): Pair | undefined {
    return this.pairs.get(pairKey(managingCustomerId, type, clientEntityId))
  }

  /** Adds `record` as the latest link of its pair; the previous latest goes to history. */
  insert(record: LinkRecord): Pair {
    this.records.push(record)
    const key = pairKey(
      record.managingCustomerId,
      record.type,
      record.clientEntityId,
    )
    const existing = this.pairs.get(key)
    if (existing) {
      const previous = existing.latest
      existing.history.push(previous)
      existing.latest = record
      this.onInsert?.(existing, previous)
      return existing
    }
    const pair: Pair = {
      key,
      type: record.type,
      managingCustomerId: record.managingCustomerId,
      clientEntityId: record.clientEntityId,
      ownerCustomerId: this.ownerOf(record.type, record.clientEntityId),
      latest: record,
      history: [],
    }
    this.pairs.set(key, pair)
    push(this.byManager, pair.managingCustomerId, pair)
    push(
      record.type === "AccountLink"
        ? this.byClientAccount
        : this.byClientCustomer,
      pair.clientEntityId,
      pair,
    )
    this.onInsert?.(pair, null)
    return pair
  }

  clear(): void {
    this.pairs.clear()
    this.byManager.clear()
    this.byClientAccount.clear()
    this.byClientCustomer.clear()
    this.records.length = 0
    this.lastStamp = 0
    this.version++
  }

  private ownerOf(type: ClientLinkType, clientEntityId: string): string {
    if (type === "CustomerLink") return clientEntityId
    return (
      this.directory.accounts.get(clientEntityId)?.ParentCustomerId ??
      clientEntityId
    )
  }
}
