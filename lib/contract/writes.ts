import { z } from "zod"

import { STATUS_ACTIONS, type StatusAction } from "./rules"

import { makeAddClientLinkSchema } from "@/lib/link-rules/add"
import { clientLinkTypeSchema, longSchema } from "@/lib/ads-api/wire"

/**
 * What the browser sends to our route handlers and what it gets back. The form, the grid
 * and the handlers share these schemas; the handlers translate them into upstream calls.
 */

/** Rows one invite request may carry; the browser sends larger batches in slices. */
export const INVITE_ROWS_PER_REQUEST_MAX = 1000
/** Rows one status request may carry. */
export const STATUS_ROWS_PER_REQUEST_MAX = 500

// POST /api/client-links/invite
export const inviteRequestSchema = z.strictObject({
  links: z
    .array(makeAddClientLinkSchema())
    .min(1)
    .max(INVITE_ROWS_PER_REQUEST_MAX),
})

// POST /api/client-links/status
export const statusActionSchema = z.enum(STATUS_ACTIONS)
export type { StatusAction }

/** A link is identified by its pair; the server reads the rest again from the API. */
export const linkKeySchema = z.strictObject({
  Type: clientLinkTypeSchema,
  ClientEntityId: longSchema,
  ManagingCustomerId: longSchema,
})
export type LinkKey = z.output<typeof linkKeySchema>

export const statusRequestSchema = z.strictObject({
  action: statusActionSchema,
  links: z.array(linkKeySchema).min(1).max(STATUS_ROWS_PER_REQUEST_MAX),
  note: z.string().max(500).optional(),
})
export type StatusRequest = z.input<typeof statusRequestSchema>

/** One row's outcome, lined up with the request. */
export const rowErrorSchema = z.strictObject({
  code: z.number().int(),
  message: z.string(),
  details: z.string().nullable(),
  trackingId: z.string().nullable(),
  /** True when sending the row again may succeed (throttled, timed out, not sent). */
  retryable: z.boolean(),
  /** The write may have been applied (timeout, dropped answer): check before sending it again. */
  outcomeUnknown: z.boolean().optional(),
})
export type RowError = z.infer<typeof rowErrorSchema>

/**
 * A row the route did not send because Microsoft asked for a longer wait than one request
 * may take (lib/ads-api/wait-budget.ts). Nothing was written for it: the browser sends
 * it again after `retryAfter` seconds (docs/throttling.md). Its `errors` say the same for
 * code that only reads `ok` and `errors`.
 */
export const notSentRowSchema = z.strictObject({
  ok: z.literal(false),
  notSent: z.literal("throttled"),
  /** Whole seconds to wait before sending the row again, at least 1. */
  retryAfter: z.number().int().min(1),
  errors: z.array(rowErrorSchema).min(1),
})
export type NotSentRow = z.infer<typeof notSentRowSchema>

/** Done, failed, or not sent yet (strict objects: at most one variant matches). */
export const rowResultSchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({
    ok: z.literal(false),
    errors: z.array(rowErrorSchema).min(1),
  }),
  notSentRowSchema,
])
export type RowResult = z.infer<typeof rowResultSchema>

export const bulkResponseSchema = z.strictObject({
  results: z.array(rowResultSchema),
})
export type BulkResponse = z.infer<typeof bulkResponseSchema>

/** Every error answer of our route handlers: `{ error: { code, message, trackingId?, fields? } }`. */
export const apiErrorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    trackingId: z.string().nullable().optional(),
    /** Field-level problems, keyed by path (e.g. `links.3.Name`). */
    fields: z.record(z.string(), z.string()).optional(),
  }),
})
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>

/** True when a failed row may nevertheless have been written. */
export const isOutcomeUnknown = (r: {
  ok: boolean
  errors?: { outcomeUnknown?: boolean }[]
}): boolean => !r.ok && (r.errors ?? []).some((e) => e.outcomeUnknown === true)
