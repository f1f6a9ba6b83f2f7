import { CUSTOMER_NAMES, PERSONAS, type CustomerKey } from "./personas"
import { createPrng, pick, type Prng } from "./prng"
import { CAMPAIGNS, COMPANIES, REGIONS, SMALL_AGENCIES } from "./seed-names"
import {
  ROLE,
  type Account,
  type Customer,
  type Directory,
  type SeedPlan,
  type User,
} from "./types"

/**
 * A deterministic directory: the four named customers, about 530 small client customers
 * owning the accounts the link seed needs, and one user per persona. The same seed and
 * link count always give the same ids, numbers and names.
 */
export const FREE_ACCOUNTS = 600
export const OTHER_AGENCY_ACCOUNTS = 120
export const PREPAID_ACCOUNTS = 60
export const CLIENT_PERSONA_ACCOUNTS = 6
export const AGENCY_CREATED_ACCOUNTS = 3
const OWN_ACCOUNTS: Record<Exclude<CustomerKey, "client">, number> = {
  agency: 3,
  secondAgency: 1,
  otherAgency: 2,
}

const ALNUM = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"

function makeIds(rand: Prng) {
  const used = new Set<string>()
  const unique = (make: () => string) => {
    for (;;) {
      const v = make()
      if (!used.has(v)) {
        used.add(v)
        return v
      }
    }
  }
  const chars = (n: number) =>
    Array.from({ length: n }, () => pick(rand, [...ALNUM])).join("")
  return {
    id: () =>
      unique(() => String(100_000_000 + Math.floor(rand() * 899_999_999))),
    customerNumber: () => unique(() => `C${chars(7)}`),
    accountNumber: () => unique(() => `${rand() < 0.5 ? "X" : "F"}${chars(7)}`),
  }
}

export interface SeedResult {
  directory: Directory
  plan: SeedPlan
}

export function seedDirectory(options: {
  seed: number
  links: number
}): SeedResult {
  const rand = createPrng(options.seed)
  const ids = makeIds(rand)
  const directory: Directory = {
    customers: new Map(),
    accounts: new Map(),
    users: new Map(),
  }
  const addCustomer = (Name: string): Customer => {
    const c = { Id: ids.id(), Number: ids.customerNumber(), Name }
    directory.customers.set(c.Id, c)
    return c
  }
  const addAccount = (
    owner: Customer,
    Name: string,
    prepaid = false,
  ): Account => {
    const a = {
      Id: ids.id(),
      Number: ids.accountNumber(),
      Name,
      ParentCustomerId: owner.Id,
      prepaid,
      createdByAgencyId: null,
    }
    directory.accounts.set(a.Id, a)
    return a
  }

  const named = Object.fromEntries(
    (Object.keys(CUSTOMER_NAMES) as CustomerKey[]).map((k) => [
      k,
      addCustomer(CUSTOMER_NAMES[k]),
    ]),
  ) as Record<CustomerKey, Customer>
  for (const [key, n] of Object.entries(OWN_ACCOUNTS))
    for (let i = 0; i < n; i++) {
      const owner = named[key as CustomerKey]
      addAccount(owner, `${owner.Name} - ${CAMPAIGNS[i] ?? "Account"}`)
    }
  const clientAccountIds = Array.from(
    { length: CLIENT_PERSONA_ACCOUNTS },
    (_, i) =>
      addAccount(
        named.client,
        `Northwind Traders - ${CAMPAIGNS[i] ?? "Account"}`,
      ).Id,
  )

  // Client customers own every account the link seed and the invite flows need.
  const kinds = [
    ...Array<"linked">(options.links).fill("linked"),
    ...Array<"free">(FREE_ACCOUNTS).fill("free"),
    ...Array<"other">(OTHER_AGENCY_ACCOUNTS).fill("other"),
    ...Array<"prepaid">(PREPAID_ACCOUNTS).fill("prepaid"),
  ]
  shuffle(rand, kinds)
  const byKind = { linked: [], free: [], other: [], prepaid: [] } as Record<
    (typeof kinds)[number],
    string[]
  >
  const names = new Set<string>(Object.values(CUSTOMER_NAMES))
  let next = 0
  while (next < kinds.length) {
    const owner = addCustomer(uniqueName(rand, names))
    const size = 1 + Math.floor(rand() * 11)
    for (let i = 0; i < size && next < kinds.length; i++, next++) {
      const kind = kinds[next]!
      const campaign = `${pick(rand, CAMPAIGNS)} ${pick(rand, REGIONS)}`
      byKind[kind].push(
        addAccount(owner, `${owner.Name} - ${campaign}`, kind === "prepaid").Id,
      )
    }
  }

  for (const p of PERSONAS) {
    const user: User = {
      Id: ids.id(),
      Email: p.email,
      FirstName: p.firstName,
      LastName: p.lastName,
      Phone: p.phone,
      CustomerId: named[p.home].Id,
      roles: p.roles.map((r) => ({
        CustomerId: named[r.customer].Id,
        RoleId: r.roleId,
      })),
    }
    directory.users.set(user.Id, user)
  }

  // Made last, so that every id above is the same as without them.
  const smallAgencyCustomerIds = SMALL_AGENCIES.map((name) => {
    const agency = addCustomer(name)
    const user: User = {
      Id: ids.id(),
      Email: `admin@${name.split(" ")[0]!.toLowerCase()}.example`,
      FirstName: "Agency",
      LastName: "Admin",
      Phone: null,
      CustomerId: agency.Id,
      roles: [{ CustomerId: agency.Id, RoleId: ROLE.SuperAdmin }],
    }
    directory.users.set(user.Id, user)
    return agency.Id
  })
  // Accounts the main agency created for a client of its own (SignupCustomer).
  const signedUp = addCustomer(uniqueName(rand, names))
  const agencyCreatedAccountIds = Array.from(
    { length: AGENCY_CREATED_ACCOUNTS },
    (_, i) => {
      const a = addAccount(signedUp, `${signedUp.Name} - ${CAMPAIGNS[i]}`)
      a.createdByAgencyId = named.agency.Id
      return a.Id
    },
  )

  return {
    directory,
    plan: {
      smallAgencyCustomerIds,
      agencyCreatedAccountIds,
      agencyCustomerId: named.agency.Id,
      otherAgencyCustomerId: named.otherAgency.Id,
      clientCustomerId: named.client.Id,
      linkedAccountIds: byKind.linked,
      freeAccountIds: byKind.free,
      managedByOtherAgencyAccountIds: byKind.other,
      prepaidAccountIds: byKind.prepaid,
      clientAccountIds,
    },
  }
}

function shuffle<T>(rand: Prng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
}

function uniqueName(rand: Prng, used: Set<string>): string {
  const base = `${pick(rand, COMPANIES)} ${pick(rand, REGIONS)}`
  let name = base
  for (let n = 2; used.has(name); n++) name = `${base} ${n}`
  used.add(name)
  return name
}
