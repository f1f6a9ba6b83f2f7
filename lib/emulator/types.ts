/**
 * The emulator's shared kernel: the directory of customers, accounts and users it
 * serves, the caller of a request, and the clock that drives system transitions.
 */

/** The documented CustomerRole.RoleId values of the roles the emulator's users hold. */
export const ROLE = {
  SuperAdmin: 41,
  AdvertiserCampaignManager: 16,
  Viewer: 100,
  Standard: 203,
} as const
export type RoleId = (typeof ROLE)[keyof typeof ROLE]

export interface Customer {
  Id: string
  Number: string
  Name: string
}

export interface Account {
  Id: string
  Number: string
  Name: string
  /** The customer that owns the account. */
  ParentCustomerId: string
  /** Prepaid accounts cannot be agency-managed (1471). */
  prepaid: boolean
  /** The agency that created the account for its client (SignupCustomer): never unlinked from it. */
  createdByAgencyId: string | null
}

export interface CustomerRole {
  CustomerId: string
  RoleId: RoleId
}

export interface User {
  Id: string
  Email: string
  FirstName: string
  LastName: string
  Phone: string | null
  /** The customer the user was created under. */
  CustomerId: string
  roles: CustomerRole[]
}

export interface Directory {
  customers: Map<string, Customer>
  accounts: Map<string, Account>
  users: Map<string, User>
}

/** The authenticated user a request acts as. */
export interface Caller {
  user: User
}

/** Emulator time: real time plus an offset that tests move forward. */
export interface Clock {
  now(): Date
}

/** What an operation answers: an HTTP status and a wire JSON body. */
export interface OpResult {
  status: number
  body: unknown
}

/**
 * What the directory seed made, for the link seed to build on. The directory is sized
 * so that every seeded link has its own client account (latest link per pair).
 */
export interface SeedPlan {
  /** The main agency: at least 2,000 links over every status. */
  agencyCustomerId: string
  /** A second agency that already manages some accounts. */
  otherAgencyCustomerId: string
  /** The client persona's customer: it receives pending invitations from the main agency. */
  clientCustomerId: string
  /** Accounts for the main agency's seeded links (as many as links were asked for). */
  linkedAccountIds: string[]
  /** Post-pay accounts nobody manages: free to invite. */
  freeAccountIds: string[]
  /** Accounts with an Active link from the other agency (1424 when the main agency invites). */
  managedByOtherAgencyAccountIds: string[]
  /** Prepaid accounts (1471 when invited with IsBillToClient). */
  prepaidAccountIds: string[]
  /** The client persona customer's own accounts. */
  clientAccountIds: string[]
  /** Agencies without a persona (Super Admin `admin@<first word>.example`). */
  smallAgencyCustomerIds: string[]
  /** Accounts the main agency created for its client: Active, and never unlinked from it. */
  agencyCreatedAccountIds: string[]
}
