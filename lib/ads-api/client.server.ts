import "server-only"

import type { z } from "zod"

import { type ApiResult, type CallOptions, sendRequest } from "./send-request"
import type { ClientLinkInput } from "@/lib/link-rules/add"
import {
  searchClientLinksResponseSchema,
  type SearchClientLinksRequest,
  writeClientLinksResponseSchema,
} from "./wire"
import {
  getAccountsInfoResponseSchema,
  type GetAccountsInfoRequest,
  getCustomerResponseSchema,
  getCustomersInfoResponseSchema,
  type GetCustomersInfoRequest,
  getUserResponseSchema,
  type GetUserRequest,
} from "./wire-directory"

export type { ApiResult, CallOptions } from "./send-request"

/**
 * The one upstream client for Customer Management v13 over REST:
 * it sets the headers, checks the status, zod-parses every answer and throws
 * UpstreamError for everything else. Server-only: it holds the user's access token.
 */
export interface ClientLinksClientOptions {
  /** e.g. https://clientcenter.api.bingads.microsoft.com, or the emulator's URL. */
  baseUrl: string
  accessToken: string
  developerToken: string
  customerId?: string
  customerAccountId?: string
  timeoutMs?: number
  fetch?: typeof globalThis.fetch
  userAgent?: string
}

/** A link as sent: Add takes the members the form filled in, Update the link as Search returned it. */
export type ClientLinkWrite = ClientLinkInput

const CM = "/CustomerManagement/v13"
export const PATHS = {
  clientLinks: `${CM}/ClientLinks`,
  searchClientLinks: `${CM}/ClientLinks/Search`,
  getUser: `${CM}/User/Query`,
  getCustomersInfo: `${CM}/CustomersInfo/Query`,
  getAccountsInfo: `${CM}/AccountsInfo/Query`,
  getCustomer: `${CM}/Customer/Query`,
} as const

/** GetCustomersInfo needs TopN; 100 covers the customers one user can reach in practice. */
export const CUSTOMERS_INFO_TOP_N = 100

export function createClientLinksClient(options: ClientLinksClientOptions) {
  const {
    baseUrl,
    timeoutMs = 30_000,
    fetch = globalThis.fetch,
    userAgent = "Linkdesk/0.1",
  } = options
  const headers: Record<string, string> = {
    Authorization: `Bearer ${options.accessToken}`,
    DeveloperToken: options.developerToken,
    "Content-Type": "application/json",
    Accept: "application/json",
    "User-Agent": userAgent,
  }
  if (options.customerId) headers.CustomerId = options.customerId
  if (options.customerAccountId)
    headers.CustomerAccountId = options.customerAccountId
  const root = baseUrl.replace(/\/+$/, "")

  const call = <S extends z.core.$ZodType>(
    operation: string,
    method: "POST" | "PUT",
    path: string,
    body: unknown,
    schema: S,
    opts: CallOptions = {},
  ): Promise<ApiResult<z.output<S>>> =>
    sendRequest({
      operation,
      method,
      url: root + path,
      headers,
      body,
      schema,
      timeoutMs,
      fetch,
      signal: opts.signal,
    })

  return {
    /** At most 10 links per call (docs/client-link-api.md, "Calls"); use addClientLinksInChunks for more. */
    addClientLinks: (links: ClientLinkWrite[], opts?: CallOptions) =>
      call(
        "AddClientLinks",
        "POST",
        PATHS.clientLinks,
        { ClientLinks: links },
        writeClientLinksResponseSchema,
        opts,
      ),
    updateClientLinks: (links: ClientLinkWrite[], opts?: CallOptions) =>
      call(
        "UpdateClientLinks",
        "PUT",
        PATHS.clientLinks,
        { ClientLinks: links },
        writeClientLinksResponseSchema,
        opts,
      ),
    searchClientLinks: (
      request: SearchClientLinksRequest,
      opts?: CallOptions,
    ) =>
      call(
        "SearchClientLinks",
        "POST",
        PATHS.searchClientLinks,
        request,
        searchClientLinksResponseSchema,
        opts,
      ),
    /** The signed-in user and their roles (UserId null = the caller). */
    getUser: (userId: string | null = null, opts?: CallOptions) =>
      call(
        "GetUser",
        "POST",
        PATHS.getUser,
        { UserId: userId } satisfies GetUserRequest,
        getUserResponseSchema,
        opts,
      ),
    getCustomersInfo: (
      request: Partial<GetCustomersInfoRequest> = {},
      opts?: CallOptions,
    ) =>
      call(
        "GetCustomersInfo",
        "POST",
        PATHS.getCustomersInfo,
        {
          CustomerNameFilter: request.CustomerNameFilter,
          TopN: request.TopN ?? CUSTOMERS_INFO_TOP_N,
        } satisfies GetCustomersInfoRequest,
        getCustomersInfoResponseSchema,
        opts,
      ),
    getAccountsInfo: (
      customerId: string,
      onlyParentAccounts?: boolean,
      opts?: CallOptions,
    ) =>
      call(
        "GetAccountsInfo",
        "POST",
        PATHS.getAccountsInfo,
        {
          CustomerId: customerId,
          OnlyParentAccounts: onlyParentAccounts,
        } satisfies GetAccountsInfoRequest,
        getAccountsInfoResponseSchema,
        opts,
      ),
    getCustomer: (customerId: string, opts?: CallOptions) =>
      call(
        "GetCustomer",
        "POST",
        PATHS.getCustomer,
        { CustomerId: customerId },
        getCustomerResponseSchema,
        opts,
      ),
  }
}

export type ClientLinksClient = ReturnType<typeof createClientLinksClient>
