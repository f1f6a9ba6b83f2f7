import type { UpstreamSession } from "@/lib/auth/session.server"

import {
  APP_ORIGIN,
  linkKey,
  post,
  streamedPost,
  type Upstream,
} from "@/test/route-harness.test-support"

/**
 * The requests behind each cell of app/api/client-links/security-matrix.test.ts: who is signed in and
 * what they send. The expected answers live in the matrix's one table, not here.
 */
export type RouteName = "search" | "export" | "invite" | "status"

export const ROLE_PERSONAS = {
  agencySuperAdmin: "admin@contoso.example",
  agencyStandard: "standard@contoso.example",
  agencyViewer: "viewer@contoso.example",
  agencyCampaignManager: "campaigns@contoso.example",
  clientSuperAdmin: "admin@northwind.example",
  clientViewer: "viewer@northwind.example",
} as const
export type RoleCell = keyof typeof ROLE_PERSONAS

export type AttackCell =
  | "signedOut"
  | "wrongCustomer"
  | "otherOwnCustomer"
  | "clientAsAgency"
  | "agencyAsClient"
  | "crossOrigin"
  | "forwardedHost"
  | "missingOrigin"
  | "oversized"
  | "malformedJson"
  | "schemaInvalid"
export type Cell = RoleCell | AttackCell

export const PATHS: Record<RouteName, string> = {
  search: "/api/client-links",
  export: "/api/client-links/export",
  invite: "/api/client-links/invite",
  status: "/api/client-links/status",
}

const isRole = (c: Cell): c is RoleCell => c in ROLE_PERSONAS

/**
 * The signed-in session of a cell; every attack runs as the agency Super Admin, except
 * clientAsAgency, where the client's Super Admin sends the agency's request.
 */
export function sessionOf(up: Upstream, cell: Cell): UpstreamSession | null {
  if (cell === "signedOut") return null
  if (cell === "clientAsAgency")
    return up.sessionFor(ROLE_PERSONAS.clientSuperAdmin)
  return up.sessionFor(
    isRole(cell) ? ROLE_PERSONAS[cell] : ROLE_PERSONAS.agencySuperAdmin,
  )
}

/** A body the route accepts from a permitted user of `session`'s customer. */
async function validBody(
  up: Upstream,
  route: "invite" | "status",
  session: UpstreamSession,
  kind = session.customer.kind,
): Promise<unknown> {
  const { plan } = up
  if (route === "invite")
    return {
      links: [
        {
          Type: "AccountLink",
          ClientEntityId: plan.freeAccountIds[0],
          ManagingCustomerId: session.customer.id,
          IsBillToClient: true,
        },
      ],
    }
  if (kind === "client") {
    const key = {
      Type: "AccountLink",
      ClientEntityId: plan.clientAccountIds[0],
      ManagingCustomerId: plan.agencyCustomerId,
    }
    return { action: "accept", links: [key] }
  }
  const pending = (await up.agencyLinks()).find(
    (l) => l.Type === "AccountLink" && l.Status === "LinkPending",
  )
  if (!pending) throw new Error("the seed has no pending account link")
  return { action: "cancel", links: [linkKey(pending)] }
}

/** A body naming a customer the user does not belong to (the other agency). */
function foreignBody(up: Upstream, route: "invite" | "status"): unknown {
  const { plan } = up
  const key = {
    Type: "AccountLink",
    ClientEntityId:
      route === "invite"
        ? plan.freeAccountIds[0]
        : plan.managedByOtherAgencyAccountIds[0],
    ManagingCustomerId: plan.otherAgencyCustomerId,
  }
  if (route === "invite") return { links: [{ ...key, IsBillToClient: true }] }
  return { action: "cancel", links: [key] }
}

/**
 * A body naming another customer the user belongs to (Contoso Media Labs) while the role
 * was checked on the selected one (Contoso Media).
 */
function otherOwnBody(
  up: Upstream,
  route: "invite" | "status",
  session: UpstreamSession,
): unknown {
  const other = session.customers.find((c) => c.id !== session.customer.id)
  if (!other) throw new Error("the persona belongs to one customer only")
  const key = {
    Type: "AccountLink",
    ClientEntityId: up.plan.freeAccountIds[0],
    ManagingCustomerId: other.id,
  }
  if (route === "invite") return { links: [{ ...key, IsBillToClient: true }] }
  return { action: "cancel", links: [key] }
}

const CROSS = { Origin: "https://evil.example" }
const FORWARDED = {
  ...CROSS,
  Host: "evil.example",
  "X-Forwarded-Host": "evil.example",
  "X-Forwarded-Proto": "https",
}

const SCHEMA_INVALID: Record<"invite" | "status", unknown> = {
  invite: { links: [{ Type: "AccountLink", ClientEntityId: "x" }] },
  status: { action: "delete", links: [] },
}

function getRequest(up: Upstream, route: RouteName, cell: Cell): Request {
  const headers: Record<string, string> = {}
  let query = ""
  if (cell === "crossOrigin" || cell === "forwardedHost")
    Object.assign(headers, cell === "crossOrigin" ? CROSS : FORWARDED)
  if (cell === "wrongCustomer" || cell === "otherOwnCustomer") {
    // A forged selection: our routes take the customer from the session only.
    const own = up.sessionFor(ROLE_PERSONAS.agencySuperAdmin)
    const other =
      cell === "wrongCustomer"
        ? up.plan.otherAgencyCustomerId
        : (own.customers.find((c) => c.id !== own.customer.id)?.id ?? "")
    query = `?customerId=${other}&CustomerId=${other}`
    headers.CustomerId = other
  }
  if (cell === "oversized") query = `?q=${"x".repeat(64 * 1024)}`
  if (cell === "malformedJson") query = "?page=0&pageSize=%E0%A4%A"
  if (cell === "schemaInvalid") query = "?view=everything&sort=__proto__"
  return new Request(`${APP_ORIGIN}${PATHS[route]}${query}`, { headers })
}

/** The request a cell sends to a route. */
export async function requestFor(
  up: Upstream,
  route: RouteName,
  cell: Cell,
  session: UpstreamSession | null,
): Promise<Request> {
  if (route === "search" || route === "export")
    return getRequest(up, route, cell)
  const path = PATHS[route]
  const acting = session ?? up.sessionFor(ROLE_PERSONAS.agencySuperAdmin)
  switch (cell) {
    case "wrongCustomer":
      return post(path, foreignBody(up, route))
    case "otherOwnCustomer":
      return post(path, otherOwnBody(up, route, acting))
    case "clientAsAgency":
      // The client's Super Admin sends what the agency sends (an invite, a cancel).
      return post(path, await validBody(up, route, acting, "agency"))
    case "agencyAsClient":
      // The agency's Super Admin answers an invitation as if it were the client.
      return post(path, await validBody(up, route, acting, "client"))
    case "crossOrigin":
      return post(path, await validBody(up, route, acting), {
        origin: CROSS.Origin,
      })
    case "forwardedHost":
      // With no trusted proxy, forwarded headers must not make evil.example "ours".
      return post(path, await validBody(up, route, acting), {
        origin: FORWARDED.Origin,
        headers: FORWARDED,
      })
    case "missingOrigin":
      return post(path, await validBody(up, route, acting), { origin: null })
    case "oversized":
      return streamedPost(path, 2 * 1024 * 1024)
    case "malformedJson":
      return post(path, '{"links": [')
    case "schemaInvalid":
      return post(path, SCHEMA_INVALID[route])
    default:
      return post(path, await validBody(up, route, acting))
  }
}
