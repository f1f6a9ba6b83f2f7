import { z } from "zod"

import { CLIENT_LINK_STATUSES } from "./link-statuses"

/**
 * Wire schemas for Customer Management v13 client links over REST/JSON
 * (shared/reference/client-link-api.md §2–3). Member names are PascalCase,
 * exactly as the service spells them.
 */

/** A `long` travels as a JSON string; readers also accept a JSON number. */
export const longSchema = z
  .union([
    z
      .string()
      .regex(/^-?\d{1,19}$/, "Enter a whole number of up to 19 digits."),
    z.number().int().safe(),
  ])
  .transform((v) => String(v))

/** Ends with `Z` or a `±hh:mm` offset. */
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * xs:dateTime text. Fraction digits and the `Z` are UNCONFIRMED, so accept both; a time
 * without a zone is UTC (the service's server time), and gets its `Z` here, once, so no
 * reader (least of all a browser, which would take it as local time) has to guess.
 */
export const dateTimeSchema = z.iso
  .datetime({ offset: true, local: true })
  .transform((v) => (HAS_ZONE.test(v) ? v : `${v}Z`))

export const clientLinkStatusSchema = z.enum(CLIENT_LINK_STATUSES)

export const clientLinkTypeSchema = z.enum(["AccountLink", "CustomerLink"])
export type ClientLinkType = z.infer<typeof clientLinkTypeSchema>

export const customerLinkPermissionSchema = z.enum([
  "Administrative",
  "Standard",
])

export const keyValuePairSchema = z
  .union([
    z.strictObject({
      Key: z.string().nullable(),
      Value: z.string().nullable(),
    }),
    z.strictObject({
      key: z.string().nullable(),
      value: z.string().nullable(),
    }),
  ])
  .transform((p) => ("Key" in p ? p : { Key: p.key, Value: p.value }))

const nullableString = z.string().nullable()

/**
 * Every ClientLink member. Responses always carry all of them (explicit null where
 * there is no value); only ClientEntityCustomerNumber may be absent (added May 2026).
 */
export const clientLinkSchema = z.strictObject({
  Type: clientLinkTypeSchema.nullable(),
  ClientEntityId: longSchema.nullable(),
  ClientEntityNumber: nullableString,
  ClientEntityCustomerNumber: nullableString.optional(),
  ClientEntityName: nullableString,
  ManagingCustomerId: longSchema.nullable(),
  ManagingCustomerNumber: nullableString,
  ManagingCustomerName: nullableString,
  Note: nullableString,
  Name: nullableString,
  InviterEmail: nullableString,
  InviterName: nullableString,
  InviterPhone: nullableString,
  IsBillToClient: z.boolean().nullable(),
  StartDate: dateTimeSchema.nullable(),
  Status: clientLinkStatusSchema.nullable(),
  SuppressNotification: z.boolean().nullable(),
  LastModifiedDateTime: dateTimeSchema.nullable(),
  LastModifiedByUserId: longSchema.nullable(),
  Timestamp: z.base64().nullable(),
  ForwardCompatibilityMap: z.array(keyValuePairSchema).nullable(),
  CustomerLinkPermission: customerLinkPermissionSchema.nullable(),
})
export type ClientLink = z.output<typeof clientLinkSchema>

/** The member names in wire order: the emulator emits exactly these. */
export const CLIENT_LINK_MEMBERS = Object.keys(
  clientLinkSchema.shape,
) as (keyof ClientLink)[]

export const operationErrorSchema = z.strictObject({
  Code: z.number().int(),
  Details: nullableString,
  Message: z.string(),
})
export type OperationError = z.infer<typeof operationErrorSchema>

export const adApiErrorSchema = z.strictObject({
  Code: z.number().int(),
  Detail: nullableString,
  ErrorCode: z.string(),
  Message: z.string(),
})
export type AdApiError = z.infer<typeof adApiErrorSchema>

export const apiFaultSchema = z.strictObject({
  Type: z.literal("ApiFault"),
  TrackingId: nullableString,
  OperationErrors: z.array(operationErrorSchema),
})

export const adApiFaultDetailSchema = z.strictObject({
  Type: z.literal("AdApiFaultDetail"),
  TrackingId: nullableString,
  Errors: z.array(adApiErrorSchema),
})

export const faultSchema = z.discriminatedUnion("Type", [
  apiFaultSchema,
  adApiFaultDetailSchema,
])
export type Fault = z.infer<typeof faultSchema>

export const predicateFieldSchema = z.enum([
  "ClientAccountId",
  "ClientCustomerId",
  "DirectManagingCustomerId",
  "ManagingCustomerId",
])
export type PredicateField = z.infer<typeof predicateFieldSchema>

export const predicateOperatorSchema = z.enum([
  "Equals",
  "NotEquals",
  "Contains",
  "In",
  "GreaterThanEquals",
  "LessThanEquals",
  "StartsWith",
  "NotContains",
])

/** Field is a plain string on the wire: an unknown field is a rule violation, not a parse error. */
export const predicateSchema = z.strictObject({
  Field: z.string(),
  Operator: predicateOperatorSchema,
  Value: z.string(),
})
export type Predicate = z.infer<typeof predicateSchema>

export const orderByFieldSchema = z.enum([
  "Id",
  "Name",
  "Number",
  "LifeCycleStatus",
  "CouponClassName",
  "CouponStartDate",
])
export type OrderByField = z.infer<typeof orderByFieldSchema>
export const sortOrderSchema = z.enum(["Ascending", "Descending"])
export type SortOrder = z.infer<typeof sortOrderSchema>

export const orderBySchema = z.strictObject({
  Field: orderByFieldSchema,
  Order: sortOrderSchema,
})
export type OrderBy = z.infer<typeof orderBySchema>

/** PageInfo sent without Size means Size 0 (paging.md), hence the defaults. */
export const pagingSchema = z.strictObject({
  Index: z.number().int().default(0),
  Size: z.number().int().default(0),
})
export type Paging = z.infer<typeof pagingSchema>

export const searchClientLinksRequestSchema = z.strictObject({
  Predicates: z.array(predicateSchema).nullable().optional(),
  Ordering: z.array(orderBySchema).nullable().optional(),
  PageInfo: pagingSchema.nullable().optional(),
})
export type SearchClientLinksRequest = z.input<
  typeof searchClientLinksRequestSchema
>

export const searchClientLinksResponseSchema = z.strictObject({
  ClientLinks: z.array(clientLinkSchema).nullable(),
})

/** Add and Update share one response shape: PartialErrors is an array of arrays lined up with the request. */
export const writeClientLinksResponseSchema = z.strictObject({
  OperationErrors: z.array(operationErrorSchema).nullable(),
  PartialErrors: z.array(z.array(operationErrorSchema).nullable()).nullable(),
})
export type WriteClientLinksResponse = z.infer<
  typeof writeClientLinksResponseSchema
>
