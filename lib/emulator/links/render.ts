import type { ClientLink } from "@/lib/ads-api/wire"

import type { Directory } from "../types"
import type { LinkRecord } from "./store"

const iso = (ms: number) => new Date(ms).toISOString()

const stampBytes = Buffer.alloc(8)

/** The Timestamp row version: 8 bytes, big-endian, base64. */
export function encodeStamp(stamp: number): string {
  stampBytes.writeBigUInt64BE(BigInt(stamp))
  return stampBytes.toString("base64")
}

interface Texts {
  stamp: number
  timestamp: string
  startDate: string
  lastModified: string
}

/** The record's text members, reused until its next write (a 100-row page renders fast). */
const texts = new WeakMap<LinkRecord, Texts>()

function textsOf(rec: LinkRecord): Texts {
  let t = texts.get(rec)
  if (!t || t.stamp !== rec.stamp) {
    t = {
      stamp: rec.stamp,
      timestamp: encodeStamp(rec.stamp),
      startDate: iso(rec.startDate),
      lastModified: iso(rec.lastModified),
    }
    texts.set(rec, t)
  }
  return t
}

export function decodeStamp(text: string): number | null {
  const b = Buffer.from(text, "base64")
  return b.length === 8 ? Number(b.readBigUInt64BE()) : null
}

/** Wire dateTime text to epoch ms; text without an offset is read as UTC. */
export function parseWireDate(text: string): number {
  return Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`)
}

/**
 * A link as the service sends it (docs/emulator-codes.md, "Wire shape"): every member in wire order, explicit
 * nulls, longs as strings, UTC dateTimes with `Z`. Names and numbers come from the
 * directory at read time.
 */
export function toWire(rec: LinkRecord, dir: Directory): ClientLink {
  const text = textsOf(rec)
  const manager = dir.customers.get(rec.managingCustomerId)
  let entityNumber: string | null = null
  let entityName: string | null = null
  let ownerNumber: string | null = null
  if (rec.type === "AccountLink") {
    const account = dir.accounts.get(rec.clientEntityId)
    entityNumber = account?.Number ?? null
    entityName = account?.Name ?? null
    if (account)
      ownerNumber = dir.customers.get(account.ParentCustomerId)?.Number ?? null
  } else {
    const customer = dir.customers.get(rec.clientEntityId)
    entityNumber = customer?.Number ?? null
    entityName = customer?.Name ?? null
  }
  return {
    Type: rec.type,
    ClientEntityId: rec.clientEntityId,
    ClientEntityNumber: entityNumber,
    ClientEntityCustomerNumber: ownerNumber,
    ClientEntityName: entityName,
    ManagingCustomerId: rec.managingCustomerId,
    ManagingCustomerNumber: manager?.Number ?? null,
    ManagingCustomerName: manager?.Name ?? null,
    Note: rec.note,
    Name: rec.name,
    InviterEmail: rec.inviterEmail,
    InviterName: rec.inviterName,
    InviterPhone: rec.inviterPhone,
    IsBillToClient: rec.isBillToClient,
    StartDate: text.startDate,
    Status: rec.status,
    SuppressNotification: rec.suppressNotification,
    LastModifiedDateTime: text.lastModified,
    LastModifiedByUserId: rec.lastModifiedByUserId,
    Timestamp: text.timestamp,
    ForwardCompatibilityMap: null,
    CustomerLinkPermission: rec.customerLinkPermission,
  }
}
