import type { Permissions } from "./roles"

export type CustomerKind = "agency" | "client"
export type Permission = keyof Permissions

/**
 * Who acts, as the domain needs it: the signed-in user, the customer they act for and what
 * their role there allows. lib/api builds it from the session; the domain never reads one.
 */
export interface Caller {
  user: { id: string }
  customer: {
    id: string
    name: string
    number: string | null
    kind: CustomerKind
  }
  permissions: Permissions
}
