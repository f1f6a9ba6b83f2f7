import "server-only"

import type { ClientLinksClient } from "@/lib/ads-api/client.server"
import { directoryClient } from "@/lib/ads-api/upstream.server"
import { isUpstreamError } from "@/lib/ads-api/upstream-error"
import type { CustomerKind } from "@/lib/link-rules/caller"
import { ROLE } from "@/lib/link-rules/roles"

/**
 * Who signed in: GetUser (user and CustomerRoles), then each role's customer for its
 * name and number. Stored in the session JWT at sign-in, so it is bounded.
 */

export const MAX_CUSTOMERS = 20

export interface DirectoryUser {
  id: string
  email: string
  name: string
  phone: string | null
}
export interface CustomerRoleRef {
  customerId: string
  roleId: number
}
export interface CustomerRef {
  id: string
  name: string
  number: string | null
}
export interface DirectorySnapshot {
  user: DirectoryUser
  roles: CustomerRoleRef[]
  customers: CustomerRef[]
}
export type { CustomerKind }

/** Higher first: when a user holds several roles on one customer, the strongest counts. */
const STRENGTH: Record<number, number> = {
  [ROLE.SuperAdmin]: 4,
  [ROLE.Standard]: 3,
  [ROLE.AdvertiserCampaignManager]: 2,
  [ROLE.Viewer]: 1,
}

function strongestPerCustomer(roles: CustomerRoleRef[]): CustomerRoleRef[] {
  const byCustomer = new Map<string, CustomerRoleRef>()
  for (const role of roles) {
    const seen = byCustomer.get(role.customerId)
    if (!seen || (STRENGTH[role.roleId] ?? 0) > (STRENGTH[seen.roleId] ?? 0))
      byCustomer.set(role.customerId, role)
  }
  return [...byCustomer.values()].slice(0, MAX_CUSTOMERS)
}

async function customerRefs(
  accessToken: string,
  ids: string[],
): Promise<CustomerRef[]> {
  const answers = await Promise.allSettled(
    ids.map((id) => directoryClient(accessToken, id).getCustomer(id)),
  )
  let names: Map<string, string> | undefined
  if (answers.some((a) => a.status === "rejected")) {
    // GetCustomer failed for some: GetCustomersInfo still gives names.
    const info = await directoryClient(accessToken)
      .getCustomersInfo()
      .catch(() => null)
    names = new Map(
      (info?.data.CustomersInfo ?? []).map((c) => [c.Id, c.Name ?? ""]),
    )
  }
  return ids.map((id, i) => {
    const answer = answers[i]
    if (answer?.status === "fulfilled") {
      const c = answer.value.data.Customer
      return { id, name: c.Name || `Customer ${id}`, number: c.Number ?? null }
    }
    return { id, name: names?.get(id) || `Customer ${id}`, number: null }
  })
}

export async function loadDirectory(
  accessToken: string,
): Promise<DirectorySnapshot> {
  const { data } = await directoryClient(accessToken).getUser()
  const u = data.User
  const email = u.ContactInfo?.Email ?? u.UserName ?? ""
  const fullName = [u.Name?.FirstName, u.Name?.LastName]
    .filter(Boolean)
    .join(" ")
  const roles = strongestPerCustomer(
    (data.CustomerRoles ?? []).map((r) => ({
      customerId: r.CustomerId,
      roleId: r.RoleId,
    })),
  )
  return {
    user: {
      id: u.Id,
      email,
      name: fullName || u.UserName || email,
      phone: u.ContactInfo?.Phone1 ?? null,
    },
    roles,
    customers: await customerRefs(
      accessToken,
      roles.map((r) => r.customerId),
    ),
  }
}

/**
 * Our documented heuristic (no API says "agency"): a customer is an agency view when it
 * directly manages at least one link. Undefined when the API could not tell us (retry later).
 */
export async function detectKind(
  accessToken: string,
  customerId: string,
  client: ClientLinksClient = directoryClient(accessToken, customerId),
): Promise<CustomerKind | undefined> {
  try {
    const { data } = await client.searchClientLinks({
      Predicates: [
        {
          Field: "DirectManagingCustomerId",
          Operator: "Equals",
          Value: customerId,
        },
      ],
      PageInfo: { Index: 0, Size: 1 },
    })
    return (data.ClientLinks ?? []).length > 0 ? "agency" : "client"
  } catch (e) {
    // A definite refusal (e.g. the role may not search) means no agency view for us.
    if (isUpstreamError(e) && (e.status === 400 || e.status === 403))
      return "client"
    return undefined
  }
}
