import { fault } from "./faults-wire"
import type { Caller, Customer, Directory, OpResult, User } from "./types"

/**
 * GetUser, GetCustomersInfo, GetAccountsInfo and GetCustomer: the reads the dashboard needs
 * to know who is signed in and which customers they may act for. Member names follow the
 * service (PY SDK openapi_client/models/customer/*); only a documented subset of User and
 * Customer is emitted. Longs are JSON strings.
 */
type Body = Record<string, unknown>

const LONG = /^\d{1,19}$/

/** A long member: absent/null → null, a string or number of digits → its text, else undefined (invalid). */
function readLong(body: Body, name: string): string | null | undefined {
  const v = body[name]
  if (v === undefined || v === null) return null
  const s = typeof v === "number" && Number.isSafeInteger(v) ? String(v) : v
  return typeof s === "string" && LONG.test(s) ? s : undefined
}

const hasRole = (user: User, customerId: string) =>
  user.roles.some((r) => r.CustomerId === customerId)

const ok = (body: unknown): OpResult => ({ status: 200, body })

function wireUser(user: User) {
  return {
    ContactInfo: { Email: user.Email, Phone1: user.Phone },
    CustomerId: user.CustomerId,
    Id: user.Id,
    JobTitle: null,
    Lcid: "EnglishUS",
    Name: {
      FirstName: user.FirstName,
      LastName: user.LastName,
      MiddleInitial: null,
    },
    UserLifeCycleStatus: "Active",
    UserName: user.Email,
  }
}

export function getUser(
  directory: Directory,
  caller: Caller,
  body: Body,
  trackingId: string,
): OpResult {
  const id = readLong(body, "UserId")
  if (id === undefined)
    return fault("NullRequest", trackingId, "UserId must be a long.")
  const user = id === null ? caller.user : directory.users.get(id)
  // Another user is visible only through a customer the caller can access.
  const visible = user?.roles.filter((r) => hasRole(caller.user, r.CustomerId))
  if (!user || !visible?.length) return fault("UserIsNotAuthorized", trackingId)
  return ok({
    User: wireUser(user),
    CustomerRoles: visible.map((r) => ({
      RoleId: r.RoleId,
      CustomerId: r.CustomerId,
      AccountIds: null,
      LinkedAccountIds: null,
      CustomerLinkPermission: null,
    })),
  })
}

export function getCustomersInfo(
  directory: Directory,
  caller: Caller,
  body: Body,
  trackingId: string,
): OpResult {
  const filter = body.CustomerNameFilter ?? null
  const topN = body.TopN
  if (filter !== null && typeof filter !== "string")
    return fault(
      "NullRequest",
      trackingId,
      "CustomerNameFilter must be a string.",
    )
  if (typeof topN !== "number" || !Number.isInteger(topN) || topN < 1)
    return fault("NullRequest", trackingId, "TopN must be a positive int.")
  const needle = (filter ?? "").toLowerCase()
  const customers = caller.user.roles
    .map((r) => directory.customers.get(r.CustomerId))
    .filter((c): c is Customer => !!c && c.Name.toLowerCase().includes(needle))
    .slice(0, topN)
  return ok({
    CustomersInfo: customers.map((c) => ({ Id: c.Id, Name: c.Name })),
  })
}

export function getAccountsInfo(
  directory: Directory,
  caller: Caller,
  body: Body,
  trackingId: string,
): OpResult {
  const id = readLong(body, "CustomerId")
  if (id === undefined)
    return fault("NullRequest", trackingId, "CustomerId must be a long.")
  const onlyParent = body.OnlyParentAccounts ?? null
  if (onlyParent !== null && typeof onlyParent !== "boolean")
    return fault(
      "NullRequest",
      trackingId,
      "OnlyParentAccounts must be a boolean.",
    )
  const customerId = id ?? caller.user.CustomerId
  if (!hasRole(caller.user, customerId))
    return fault("UserIsNotAuthorized", trackingId)
  // Only the customer's own accounts: linked accounts of other customers are left out.
  const accounts = [...directory.accounts.values()].filter(
    (a) => a.ParentCustomerId === customerId,
  )
  return ok({
    AccountsInfo: accounts.map((a) => ({
      Id: a.Id,
      Name: a.Name,
      Number: a.Number,
      AccountLifeCycleStatus: "Active",
      PauseReason: null,
    })),
  })
}

export function getCustomer(
  directory: Directory,
  caller: Caller,
  body: Body,
  trackingId: string,
): OpResult {
  const id = readLong(body, "CustomerId")
  if (id === undefined || id === null)
    return fault(
      "NullRequest",
      trackingId,
      "CustomerId is required and must be a long.",
    )
  const customer = directory.customers.get(id)
  if (!customer || !hasRole(caller.user, id))
    return fault("UserIsNotAuthorized", trackingId)
  return ok({
    Customer: {
      CustomerFinancialStatus: "ClearFinancialStatus",
      Id: customer.Id,
      MarketCountry: "US",
      MarketLanguage: "English",
      Name: customer.Name,
      CustomerLifeCycleStatus: "Active",
      Number: customer.Number,
    },
  })
}
