import type { ClientLink } from "@/lib/ads-api/wire"

import {
  ROLE,
  type Account,
  type Caller,
  type Customer,
  type Directory,
  type RoleId,
  type SeedPlan,
  type User,
} from "../types"
import type { LinkService } from "../link-service"
import { DEFAULT_ADD_RULES } from "./add-rules"
import { createLinkService } from "./index"

/** A tiny hand-built directory for the link tests (not the real seed). */
export const IDS = {
  agency: "1000001",
  otherAgency: "1000002",
  client: "2000001",
  client2: "2000002",
  target: "2000003",
  acc1: "3000001",
  acc2: "3000002",
  acc3: "3000003",
  acc4: "3000004",
  prepaid: "3000005",
  acc2Other: "3000010",
} as const

const customer = (Id: string, Name: string): Customer => ({
  Id,
  Number: `C${Id}`,
  Name,
})
const account = (Id: string, owner: string, prepaid = false): Account => ({
  Id,
  Number: `F${Id}`,
  Name: `Account ${Id}`,
  ParentCustomerId: owner,
  prepaid,
  createdByAgencyId: null,
})
const user = (Id: string, CustomerId: string, RoleId: RoleId): User => ({
  Id,
  Email: `u${Id}@example.com`,
  FirstName: "User",
  LastName: Id,
  Phone: "+1 555 0100",
  CustomerId,
  roles: [{ CustomerId, RoleId }],
})

export const USERS = {
  agencyAdmin: user("9001", IDS.agency, ROLE.SuperAdmin),
  agencyStandard: user("9002", IDS.agency, ROLE.Standard),
  agencyViewer: user("9003", IDS.agency, ROLE.Viewer),
  agencyCampaignManager: user(
    "9004",
    IDS.agency,
    ROLE.AdvertiserCampaignManager,
  ),
  otherAdmin: user("9005", IDS.otherAgency, ROLE.SuperAdmin),
  clientAdmin: user("9006", IDS.client, ROLE.SuperAdmin),
  clientViewer: user("9007", IDS.client, ROLE.Viewer),
  client2Admin: user("9008", IDS.client2, ROLE.SuperAdmin),
  targetAdmin: user("9009", IDS.target, ROLE.SuperAdmin),
} as const

export const as = (u: User): Caller => ({ user: u })

/** The main agency's, the other agency's and the client persona's Super Admins, as callers. */
export const agencyCaller = as(USERS.agencyAdmin)
export const otherCaller = as(USERS.otherAdmin)
export const clientCaller = as(USERS.clientAdmin)
/** The Super Admin of `manager` (the main or the other agency). */
export const adminOf = (manager: string): Caller =>
  manager === IDS.agency ? agencyCaller : otherCaller

export function makeDirectory(): Directory {
  const customers = [
    customer(IDS.agency, "Main Agency"),
    customer(IDS.otherAgency, "Other Agency"),
    customer(IDS.client, "Client Co"),
    customer(IDS.client2, "Second Client"),
    customer(IDS.target, "Target Customer"),
  ]
  const accounts = [
    account(IDS.acc1, IDS.client),
    account(IDS.acc2, IDS.client),
    account(IDS.acc3, IDS.client),
    account(IDS.acc4, IDS.client),
    account(IDS.prepaid, IDS.client, true),
    account(IDS.acc2Other, IDS.client2),
  ]
  return {
    customers: new Map(customers.map((c) => [c.Id, c])),
    accounts: new Map(accounts.map((a) => [a.Id, a])),
    users: new Map(Object.values(USERS).map((u) => [u.Id, u])),
  }
}

export const START = Date.parse("2026-06-01T12:00:00Z")

export class TestClock {
  t = START
  now = () => new Date(this.t)
  advance(ms: number) {
    this.t += ms
  }
}

export const PLAN: SeedPlan = {
  agencyCustomerId: IDS.agency,
  otherAgencyCustomerId: IDS.otherAgency,
  clientCustomerId: IDS.client,
  linkedAccountIds: [],
  freeAccountIds: [],
  managedByOtherAgencyAccountIds: [],
  prepaidAccountIds: [IDS.prepaid],
  clientAccountIds: [IDS.acc1, IDS.acc2, IDS.acc3, IDS.acc4],
  smallAgencyCustomerIds: [],
  agencyCreatedAccountIds: [],
}

export function setup() {
  const clock = new TestClock()
  const directory = makeDirectory()
  const service: LinkService = createLinkService({
    directory,
    plan: PLAN,
    clock,
    options: { addRules: DEFAULT_ADD_RULES },
  })
  return { clock, directory, service }
}

export const accountLink = (
  accountId: string,
  extra: Record<string, unknown> = {},
) => ({
  ClientEntityId: accountId,
  ManagingCustomerId: IDS.agency,
  IsBillToClient: false,
  ...extra,
})

export const customerLink = (
  customerId: string,
  extra: Record<string, unknown> = {},
) => ({
  Type: "CustomerLink",
  ClientEntityNumber: `C${customerId}`,
  ManagingCustomerId: IDS.agency,
  ...extra,
})

export interface WriteBody {
  OperationErrors: unknown[]
  PartialErrors: (
    { Code: number; Details: string | null; Message: string }[] | null
  )[]
}

export const codes = (body: unknown): (number[] | null)[] =>
  (body as WriteBody).PartialErrors.map((e) =>
    e ? e.map((x) => x.Code) : null,
  )

/** Searches as `caller` and returns the ClientLinks. */
export function find(
  service: LinkService,
  caller: Caller,
  predicates: { Field: string; Operator?: string; Value: string }[],
  extra: Record<string, unknown> = {},
): ClientLink[] {
  const res = service.search(
    caller,
    {
      Predicates: predicates.map((p) => ({ Operator: "Equals", ...p })),
      PageInfo: { Index: 0, Size: 100 },
      ...extra,
    },
    "t",
  )
  if (res.status !== 200) throw new Error(JSON.stringify(res.body))
  return (res.body as { ClientLinks: ClientLink[] }).ClientLinks
}

/** The latest link of (agency, account) as search returns it. */
export function linkOf(
  service: LinkService,
  entityId: string,
  manager: string = IDS.agency,
): ClientLink {
  const hit = find(service, adminOf(manager), [
    { Field: "DirectManagingCustomerId", Value: manager },
  ]).find((l) => l.ClientEntityId === entityId)
  if (!hit) throw new Error(`no link for ${entityId}`)
  return hit
}

/** Sends the link back as search returned it, with a new Status (and overrides). */
export const updateBody = (
  link: ClientLink,
  Status: string,
  extra: Record<string, unknown> = {},
) => ({
  ClientLinks: [{ ...link, Status, ...extra }],
})

/** AddClientLinks as `caller` (the main agency's admin by default). */
export const add = (
  service: LinkService,
  links: unknown[],
  caller: Caller = agencyCaller,
) => service.add(caller, { ClientLinks: links }, "trk")
