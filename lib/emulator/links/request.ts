import { z } from "zod"

import type { OperationError } from "@/lib/ads-api/wire"

import { fault } from "../faults-wire"
import type { OpResult } from "../types"
import { linkInputSchema, type LinkInput } from "./add-rules"

/** Add and Update take at most 10 links per call (docs/emulator-links.md). */
export const WRITE_BATCH_MAX = 10

const envelopeSchema = z.strictObject({
  ClientLinks: z.array(z.unknown()).nullable().optional(),
})

const describe = (issues: readonly z.core.$ZodIssue[], prefix: string) =>
  issues
    .slice(0, 3)
    .map((i) => `${[prefix, ...i.path.map(String)].join(".")}: ${i.message}`)
    .join("; ")

/**
 * The request-level checks of Add and Update, all answered as an ApiFault (HTTP 400)
 * and writing nothing: a body that does not parse → ClientLinkFieldInvalid; a null or
 * empty list → 3087; more than 10 links → 3024.
 */
export function parseWriteRequest(
  body: unknown,
  trackingId: string,
): { links: LinkInput[] } | { fault: OpResult } {
  if (body === null || body === undefined)
    return { fault: fault("ListNullOrEmpty", trackingId, "ClientLinks") }
  const envelope = envelopeSchema.safeParse(body)
  if (!envelope.success)
    return {
      fault: fault(
        "ClientLinkFieldInvalid",
        trackingId,
        describe(envelope.error.issues, "request"),
      ),
    }
  const raw = envelope.data.ClientLinks
  if (!raw || raw.length === 0)
    return { fault: fault("ListNullOrEmpty", trackingId, "ClientLinks") }
  if (raw.length > WRITE_BATCH_MAX)
    return { fault: fault("BatchSizeExceeded", trackingId, "ClientLinks") }
  const links: LinkInput[] = []
  for (const [i, item] of raw.entries()) {
    const parsed = linkInputSchema.safeParse(item)
    if (!parsed.success)
      return {
        fault: fault(
          "ClientLinkFieldInvalid",
          trackingId,
          describe(parsed.error.issues, `ClientLinks.${i}`),
        ),
      }
    links.push(parsed.data)
  }
  return { links }
}

/** Add/Update 200: no operation errors, one PartialErrors entry per link (null = success). */
export const writeResult = (
  partialErrors: (OperationError[] | null)[],
): OpResult => ({
  status: 200,
  body: { OperationErrors: [], PartialErrors: partialErrors },
})
