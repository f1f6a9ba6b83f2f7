import type { ClientLinkType } from "@/lib/ads-api/wire"

import { ROLE, type Caller, type RoleId } from "../types"

/** Roles that may write links (docs/emulator-links.md, "Roles"): customer links need Super Admin. */
const WRITE_ROLES: Record<ClientLinkType, ReadonlySet<RoleId>> = {
  AccountLink: new Set<RoleId>([ROLE.SuperAdmin, ROLE.Standard]),
  CustomerLink: new Set<RoleId>([ROLE.SuperAdmin]),
}

export const roleOn = (caller: Caller, customerId: string): RoleId | null =>
  caller.user.roles.find((r) => r.CustomerId === customerId)?.RoleId ?? null

export const hasRole = (caller: Caller, customerId: string): boolean =>
  roleOn(caller, customerId) !== null

export function canWrite(
  caller: Caller,
  customerId: string,
  type: ClientLinkType,
): boolean {
  const role = roleOn(caller, customerId)
  return role !== null && WRITE_ROLES[type].has(role)
}

/** The customers the caller has any role on, sorted (also a cache key). */
export const roleCustomerIds = (caller: Caller): string[] =>
  [...new Set(caller.user.roles.map((r) => r.CustomerId))].sort()
