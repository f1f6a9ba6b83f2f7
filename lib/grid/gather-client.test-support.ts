import { UpstreamError } from "@/lib/ads-api/upstream-error"
import type { GatherClient } from "./gather-walk"
import type { ClientLink, SearchClientLinksRequest } from "@/lib/ads-api/wire"

/** A fake upstream for gather tests: links in memory, search by the predicates we use. */

export function makeLink(
  i: number,
  over: Partial<ClientLink> = {},
): ClientLink {
  return {
    Type: "AccountLink",
    ClientEntityId: String(100_000 + i),
    ClientEntityNumber: `X${String(i).padStart(6, "0")}`,
    ClientEntityCustomerNumber: "C0001",
    ClientEntityName: `Client ${i}`,
    ManagingCustomerId: "9000",
    ManagingCustomerNumber: "M9000",
    ManagingCustomerName: "Agency",
    Note: null,
    Name: `Link ${i}`,
    InviterEmail: "am@agency.test",
    InviterName: "Ann Manager",
    InviterPhone: null,
    IsBillToClient: i % 2 === 0,
    StartDate: "2026-01-01T00:00:00Z",
    Status: "Active",
    SuppressNotification: false,
    LastModifiedDateTime: "2026-01-01T00:00:00Z",
    LastModifiedByUserId: "77",
    Timestamp: null,
    ForwardCompatibilityMap: null,
    CustomerLinkPermission: null,
    ...over,
  }
}

export interface FakeOptions {
  links: ClientLink[]
  accounts?: string[]
  /** Answer these call numbers (1-based) with a 429 fault. */
  throttleCalls?: number[]
  /** Fail every search with this error. */
  fail?: UpstreamError
  delayMs?: number
  /** Hold every search until `release()` is called (a run provably in flight). */
  held?: boolean
}

export function fakeClient(o: FakeOptions) {
  const calls: SearchClientLinksRequest[] = []
  const stats = { maxInFlight: 0, inFlight: 0 }
  let release = () => {}
  const gate = o.held
    ? new Promise<void>((r) => (release = r))
    : Promise.resolve()
  const client: GatherClient = {
    searchClientLinks: async (req) => {
      calls.push(req)
      stats.inFlight++
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
      await gate
      // Simulated latency, not a wait for anything: answers arrive in a realistic order.
      await new Promise((r) => setTimeout(r, o.delayMs ?? 1))
      stats.inFlight--
      if (o.fail) throw o.fail
      if (o.throttleCalls?.includes(calls.length))
        throw new UpstreamError({
          operation: "SearchClientLinks",
          kind: "fault",
          status: 429,
          errors: [
            {
              code: 117,
              errorCode: "CallRateExceeded",
              message: "slow",
              details: null,
            },
          ],
          retryAfterMs: 5,
          mayHaveReachedServer: false,
        })
      const p = req.Predicates?.[0]
      const match = o.links.filter((l) =>
        p?.Field === "DirectManagingCustomerId"
          ? l.ManagingCustomerId === p.Value
          : p?.Field === "ClientAccountId"
            ? l.Type === "AccountLink" && l.ClientEntityId === p.Value
            : l.Type === "CustomerLink" && l.ClientEntityId === p?.Value,
      )
      const { Index = 0, Size = 0 } = req.PageInfo ?? {}
      const page = match.slice(Index * Size, Index * Size + Size)
      return { data: { ClientLinks: page }, trackingId: `t-${calls.length}` }
    },
    getAccountsInfo: async () => {
      await Promise.resolve()
      return {
        data: {
          AccountsInfo: (o.accounts ?? []).map((Id) => ({
            Id,
            Name: null,
            Number: null,
            AccountLifeCycleStatus: "Active",
          })),
        },
        trackingId: "t-acc",
      }
    },
  }
  return { client, calls, stats, release: () => release() }
}
