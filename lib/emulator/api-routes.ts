import {
  getAccountsInfo,
  getCustomer,
  getCustomersInfo,
  getUser,
} from "./directory-ops"
import type { EmulatorState } from "./state"
import type { Caller, OpResult } from "./types"

/** The Customer Management v13 REST routes the emulator answers (docs/emulator.md, "API routes"). */
export interface ApiRoute {
  method: "POST" | "PUT"
  path: string
  operation: string
  write: boolean
  run(
    state: EmulatorState,
    caller: Caller,
    body: Record<string, unknown>,
    trackingId: string,
  ): OpResult
}

const CM = "/CustomerManagement/v13"

export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: "POST",
    path: `${CM}/ClientLinks`,
    operation: "AddClientLinks",
    write: true,
    run: (s, c, b, t) => s.links.add(c, b, t),
  },
  {
    method: "PUT",
    path: `${CM}/ClientLinks`,
    operation: "UpdateClientLinks",
    write: true,
    run: (s, c, b, t) => s.links.update(c, b, t),
  },
  {
    method: "POST",
    path: `${CM}/ClientLinks/Search`,
    operation: "SearchClientLinks",
    write: false,
    run: (s, c, b, t) => s.links.search(c, b, t),
  },
  {
    method: "POST",
    path: `${CM}/User/Query`,
    operation: "GetUser",
    write: false,
    run: (s, c, b, t) => getUser(s.directory, c, b, t),
  },
  {
    method: "POST",
    path: `${CM}/CustomersInfo/Query`,
    operation: "GetCustomersInfo",
    write: false,
    run: (s, c, b, t) => getCustomersInfo(s.directory, c, b, t),
  },
  {
    method: "POST",
    path: `${CM}/AccountsInfo/Query`,
    operation: "GetAccountsInfo",
    write: false,
    run: (s, c, b, t) => getAccountsInfo(s.directory, c, b, t),
  },
  {
    method: "POST",
    path: `${CM}/Customer/Query`,
    operation: "GetCustomer",
    write: false,
    run: (s, c, b, t) => getCustomer(s.directory, c, b, t),
  },
]

/** Routes are matched without regard to case or a trailing slash, like the service's. */
const norm = (p: string) => p.replace(/\/+$/, "").toLowerCase()

export type RouteMatch =
  | { kind: "route"; route: ApiRoute }
  | { kind: "wrongMethod"; operation: string }
  | { kind: "none" }

export function matchApiRoute(method: string, path: string): RouteMatch {
  const p = norm(path)
  const onPath = API_ROUTES.filter((r) => norm(r.path) === p)
  const route = onPath.find((r) => r.method === method)
  if (route) return { kind: "route", route }
  if (onPath.length)
    return {
      kind: "wrongMethod",
      operation: onPath.map((r) => r.operation).join("|"),
    }
  return { kind: "none" }
}
