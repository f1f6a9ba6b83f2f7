import { z } from "zod"

import {
  clientLinkStatusSchema,
  clientLinkTypeSchema,
  customerLinkPermissionSchema,
} from "@/lib/ads-api/wire"

import type { TransitionQueue } from "./lifecycle"
import type { LinkRecord, LinkStore } from "./store"

const str = z.string().nullable()

const recordSchema = z.strictObject({
  type: clientLinkTypeSchema,
  clientEntityId: z.string(),
  managingCustomerId: z.string(),
  name: z.string(),
  note: str,
  inviterEmail: str,
  inviterName: str,
  inviterPhone: str,
  isBillToClient: z.boolean().nullable(),
  startDate: z.number(),
  status: clientLinkStatusSchema,
  suppressNotification: z.boolean(),
  customerLinkPermission: z.nullable(customerLinkPermissionSchema),
  sentAt: z.number(),
  lastModified: z.number(),
  lastModifiedByUserId: str,
  stamp: z.number().int(),
  due: z.number().nullable(),
}) satisfies z.ZodType<LinkRecord>

const snapshotSchema = z.strictObject({
  format: z.literal("linkdesk-links/1"),
  stampCounter: z.number().int(),
  records: z.array(recordSchema),
})
export type LinkSnapshot = z.infer<typeof snapshotSchema>

/** Every link ever written, oldest first; the queue and indexes are rebuilt on restore. */
export const takeSnapshot = (store: LinkStore): LinkSnapshot => ({
  format: "linkdesk-links/1",
  stampCounter: store.stampCounter,
  records: store.records.map((r) => ({ ...r })),
})

/** Replaces the whole state; throws (changing nothing) when the snapshot is not ours. */
export function restoreSnapshot(
  store: LinkStore,
  queue: TransitionQueue,
  snapshot: unknown,
): void {
  const parsed = snapshotSchema.parse(snapshot)
  store.clear()
  queue.clear()
  for (const rec of parsed.records) {
    store.insert(rec)
    queue.requeue(rec)
  }
  store.stampCounter = parsed.stampCounter
}
