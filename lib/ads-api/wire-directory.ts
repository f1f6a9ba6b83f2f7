import { z } from "zod"

import { longSchema } from "./wire"

/**
 * Look-up responses the dashboard needs around client links: who is signed in, which
 * customers and accounts they reach. Member names follow the BingAds Python SDK's
 * `openapi_client/models/customer/` (GetUserResponse, GetCustomersInfoResponse,
 * GetAccountsInfoResponse, GetCustomerResponse).
 *
 * Unlike ClientLink these objects have many members we never read (addresses, secret
 * questions, …), so the schemas are not strict: they check and keep the members we use and
 * drop the rest. Every member is nullable and may be absent, as the SDKs allow.
 */

const text = z.string().nullish()
const id = z.nullish(longSchema)

export const personNameSchema = z.object({
  FirstName: text,
  LastName: text,
  MiddleInitial: text,
})

export const contactInfoSchema = z.object({
  Email: text,
  Phone1: text,
})

export const userSchema = z.object({
  Id: longSchema,
  CustomerId: id,
  UserName: text,
  Name: personNameSchema.nullish(),
  ContactInfo: contactInfoSchema.nullish(),
})
export type DirectoryUser = z.output<typeof userSchema>

export const customerRoleSchema = z.object({
  RoleId: z.number().int(),
  CustomerId: longSchema,
  AccountIds: z.array(longSchema).nullish(),
  LinkedAccountIds: z.array(longSchema).nullish(),
  CustomerLinkPermission: text,
})
export type CustomerRole = z.output<typeof customerRoleSchema>

export const getUserResponseSchema = z.object({
  User: userSchema,
  CustomerRoles: z.array(customerRoleSchema).nullish(),
})
export type GetUserResponse = z.output<typeof getUserResponseSchema>

export const customerInfoSchema = z.object({ Id: longSchema, Name: text })

export const getCustomersInfoResponseSchema = z.object({
  CustomersInfo: z.array(customerInfoSchema).nullish(),
})
export type GetCustomersInfoResponse = z.output<
  typeof getCustomersInfoResponseSchema
>

export const accountInfoSchema = z.object({
  Id: longSchema,
  Name: text,
  Number: text,
  AccountLifeCycleStatus: text,
})

export const getAccountsInfoResponseSchema = z.object({
  AccountsInfo: z.array(accountInfoSchema).nullish(),
})
export type GetAccountsInfoResponse = z.output<
  typeof getAccountsInfoResponseSchema
>

export const customerSchema = z.object({
  Id: longSchema,
  Name: text,
  Number: text,
  CustomerLifeCycleStatus: text,
})

export const getCustomerResponseSchema = z.object({ Customer: customerSchema })
export type GetCustomerResponse = z.output<typeof getCustomerResponseSchema>

/** Request bodies (PY GetUserRequest, GetCustomersInfoRequest, GetAccountsInfoRequest, GetCustomerRequest). */
export interface GetUserRequest {
  /** null = the signed-in user. */
  UserId: string | null
}
export interface GetCustomersInfoRequest {
  CustomerNameFilter?: string
  TopN: number
}
export interface GetAccountsInfoRequest {
  CustomerId: string
  OnlyParentAccounts?: boolean
}
