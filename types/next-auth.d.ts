import type { DefaultSession } from "next-auth"

import type {
  CustomerKind,
  CustomerRef,
  CustomerRoleRef,
  DirectorySnapshot,
  DirectoryUser,
} from "@/lib/auth/directory.server"
import type { Role } from "@/lib/link-rules/roles"

export type SessionError = "RefreshAccessTokenError"

/** What the browser may see: no token of any kind. */
export interface SessionCustomer extends CustomerRef {
  kind: CustomerKind
  role: Role
}

declare module "next-auth" {
  interface Session {
    user: { name: string; email: string }
    customer: SessionCustomer | null
    customers: CustomerRef[]
    error?: SessionError
    expires: DefaultSession["expires"]
  }

  /** What our provider's userinfo request returns (GetUser and the role customers). */
  interface Profile {
    directory?: DirectorySnapshot
  }
}

declare module "next-auth/jwt" {
  /** The encrypted session cookie. Server-only: it holds the upstream tokens. */
  interface JWT {
    accessToken?: string
    refreshToken?: string
    /** Epoch ms. */
    accessTokenExpires?: number
    user?: DirectoryUser
    roles?: CustomerRoleRef[]
    customers?: CustomerRef[]
    /** The selected customer. */
    customerId?: string
    /** Cached per customer: see detectKind. */
    kinds?: Record<string, CustomerKind>
    error?: SessionError
  }
}
