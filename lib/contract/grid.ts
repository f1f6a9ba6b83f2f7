import * as z from "zod/mini"

import {
  GRID_DEFAULTS,
  ID_FILTER_MAX,
  SORT_KEYS,
  SORT_ORDERS,
  VIEW_IDS,
} from "@/lib/grid/views"
import { MODIFIED_BY_LABELS } from "@/lib/grid/modified-by"
import { SEARCH_PAGE_SIZE_MAX } from "@/lib/link-rules/search"
import {
  clientLinkStatusSchema,
  clientLinkTypeSchema,
} from "@/lib/ads-api/wire"

/**
 * GET /api/client-links: the query (URL text, as the grid writes it) and the answer.
 * The route handler and the grid parse with these same schemas.
 */

const idList = z.pipe(
  z.pipe(
    z.optional(z.string()),
    z.transform((s) =>
      (s ?? "")
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ),
  z
    .array(z.string().check(z.regex(/^\d{1,19}$/, "ids are digits")))
    .check(z.maxLength(ID_FILTER_MAX)),
)

export const gridQuerySchema = z.object({
  view: z._default(z.enum(VIEW_IDS), GRID_DEFAULTS.view),
  q: z._default(z.string().check(z.trim(), z.maxLength(100)), GRID_DEFAULTS.q),
  accounts: idList,
  customers: idList,
  sort: z._default(z.enum(SORT_KEYS), GRID_DEFAULTS.sort),
  order: z._default(z.enum(SORT_ORDERS), GRID_DEFAULTS.order),
  /** 1-based in our URL; the API's Index counts from 0. */
  page: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100_000)),
    GRID_DEFAULTS.page,
  ),
  pageSize: z._default(
    z.coerce
      .number()
      .check(z.int(), z.minimum(1), z.maximum(SEARCH_PAGE_SIZE_MAX)),
    GRID_DEFAULTS.pageSize,
  ),
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
  clientNumber: z.nullable(z.string()),
  clientName: z.nullable(z.string()),
  clientCustomerNumber: z.nullable(z.string()),
  managerId: z.string(),
  managerNumber: z.nullable(z.string()),
  managerName: z.nullable(z.string()),
  status: clientLinkStatusSchema,
  name: z.nullable(z.string()),
  note: z.nullable(z.string()),
  inviterName: z.nullable(z.string()),
  inviterEmail: z.nullable(z.string()),
  isBillToClient: z.nullable(z.boolean()),
  startDate: z.nullable(z.string()),
  lastModified: z.nullable(z.string()),
  lastModifiedBy: z.nullable(z.string()),
  /** Pending only: when the invitation lapses, 30 days after LastModifiedDateTime. */
  expiresAt: z.nullable(z.string()),
  daysLeft: z.nullable(z.int()),
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
export const gridRowSchema = z.extend(linkRowSchema, {
  modifiedBy: z.nullable(
    z.object({ label: z.enum(MODIFIED_BY_LABELS), userId: z.string() }),
  ),
})
export type GridRow = z.infer<typeof gridRowSchema>

const countsSchema = z.object(
  Object.fromEntries(VIEW_IDS.map((v) => [v, z.int()])) as Record<
    (typeof VIEW_IDS)[number],
    z.ZodMiniNumberFormat
  >,
)

export const gatherProgressSchema = z.object({
  /** Links received so far. */
  links: z.int(),
  /** Search calls answered so far. */
  calls: z.int(),
  /** Work items (accounts) known up front, for a client; null when unknown (agency walk). */
  done: z.nullable(z.int()),
  total: z.nullable(z.int()),
})
export type GatherProgress = z.infer<typeof gatherProgressSchema>

export const gridResponseSchema = z.object({
  rows: z.array(gridRowSchema),
  page: z.int(),
  pageSize: z.int(),
  /** Rows matching the view and filters (of those gathered so far). */
  total: z.int(),
  counts: countsSchema,
  /** False while the server is still gathering pages from the API. */
  complete: z.boolean(),
  progress: gatherProgressSchema,
  /** When the gathered links were read from the API. */
  gatheredAt: z.string(),
})
export type GridResponse = z.infer<typeof gridResponseSchema>
