import { z } from "zod"

import { GRID_QUERY, type QueryField } from "./grid-query"

import { VIEW_IDS } from "@/lib/grid/views"
import { MODIFIED_BY_LABELS } from "@/lib/grid/modified-by"
import {
  clientLinkStatusSchema,
  clientLinkTypeSchema,
} from "@/lib/ads-api/wire"

/**
 * GET /api/client-links: the query (URL text, as the grid writes it) and the answer.
 * The route handler and the grid parse with these same schemas.
 */

/** A field of the one query definition (./grid-query.ts) as a schema: absent is its default. */
const fromField = <T>(field: QueryField<T>) =>
  z
    .string()
    .optional()
    .transform((text, ctx): T => {
      if (text === undefined) return field.default
      const value = field.parse(text)
      if (value === null) {
        ctx.addIssue({ code: "custom", message: field.invalid })
        return z.NEVER
      }
      return value
    })

const { view, q, accounts, customers, sort, order, page, pageSize } = GRID_QUERY
export const gridQuerySchema = z.object({
  view: fromField(view),
  q: fromField(q),
  accounts: fromField(accounts),
  customers: fromField(customers),
  sort: fromField(sort),
  order: fromField(order),
  page: fromField(page),
  pageSize: fromField(pageSize),
})

export type GridQuery = z.output<typeof gridQuerySchema>

/** The grid's query from a URL's search part (a ZodError when it is not valid). */
export const parseGridQuery = (params: URLSearchParams): GridQuery =>
  gridQuerySchema.parse(Object.fromEntries(params))
export type GridQueryInput = z.input<typeof gridQuerySchema>

/** One gathered link, the same for every viewer; `key` is the link's pair. */
export const linkRowSchema = z.object({
  key: z.string(),
  type: clientLinkTypeSchema,
  clientId: z.string(),
  clientNumber: z.string().nullable(),
  clientName: z.string().nullable(),
  clientCustomerNumber: z.string().nullable(),
  managerId: z.string(),
  managerNumber: z.string().nullable(),
  managerName: z.string().nullable(),
  status: clientLinkStatusSchema,
  name: z.string().nullable(),
  note: z.string().nullable(),
  inviterName: z.string().nullable(),
  inviterEmail: z.string().nullable(),
  isBillToClient: z.boolean().nullable(),
  startDate: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastModifiedBy: z.string().nullable(),
  /** Pending only: when the invitation lapses, 30 days after LastModifiedDateTime. */
  expiresAt: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  /** LinkInProgress only because its StartDate has not yet arrived: waiting, not stuck. */
  scheduled: z.boolean(),
  /** In progress for more than 30 minutes past its start date; also in Needs attention. */
  stuck: z.boolean(),
})
export type LinkRow = z.infer<typeof linkRowSchema>

/**
 * One link as the grid shows it to the signed-in user (also the table's row id is
 * `key`): the server adds who last changed it in words, so the browser never decides it.
 */
export const gridRowSchema = linkRowSchema.extend({
  modifiedBy: z
    .object({ label: z.enum(MODIFIED_BY_LABELS), userId: z.string() })
    .nullable(),
})
export type GridRow = z.infer<typeof gridRowSchema>

const countsSchema = z.object(
  Object.fromEntries(VIEW_IDS.map((v) => [v, z.number().int()])) as Record<
    (typeof VIEW_IDS)[number],
    z.ZodNumber
  >,
)

export const gatherProgressSchema = z.object({
  /** Links received so far. */
  links: z.number().int(),
  /** Search calls answered so far. */
  calls: z.number().int(),
  /** Work items (accounts) known up front, for a client; null when unknown (agency walk). */
  done: z.number().int().nullable(),
  total: z.number().int().nullable(),
})
export type GatherProgress = z.infer<typeof gatherProgressSchema>

export const gridResponseSchema = z.object({
  rows: z.array(gridRowSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Rows matching the view and filters (of those gathered so far). */
  total: z.number().int(),
  counts: countsSchema,
  /** False while the server is still gathering pages from the API. */
  complete: z.boolean(),
  progress: gatherProgressSchema,
  /** When the gathered links were read from the API. */
  gatheredAt: z.string(),
})
export type GridResponse = z.infer<typeof gridResponseSchema>
