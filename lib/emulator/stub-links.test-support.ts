import type { LinkService, LinkServiceDeps } from "./link-service"
import type { Caller } from "./types"

/**
 * A stand-in for the link service in the HTTP front's tests: it counts what was written
 * and echoes the caller, so a test can tell whether an operation ran.
 */
export interface StubLinks extends LinkService {
  writes: number
  ticks: number
  seeded: { seed: number; links: number } | null
  lastCaller: Caller | null
}

export function createStubLinks(deps: LinkServiceDeps): StubLinks {
  const write = (caller: Caller, body: unknown) => {
    stub.writes++
    stub.lastCaller = caller
    const links = (body as { ClientLinks?: unknown[] }).ClientLinks ?? []
    return {
      status: 200,
      body: { OperationErrors: [], PartialErrors: links.map(() => null) },
    }
  }
  const stub: StubLinks = {
    writes: 0,
    ticks: 0,
    seeded: null,
    lastCaller: null,
    add: write,
    update: write,
    search: (caller) => {
      stub.lastCaller = caller
      return { status: 200, body: { ClientLinks: [] } }
    },
    seed: (o) => {
      stub.seeded = o
      stub.writes = 0
    },
    tick: () => {
      stub.ticks++
    },
    snapshot: () => ({
      writes: stub.writes,
      agency: deps.plan.agencyCustomerId,
    }),
    restore: (s) => {
      stub.writes = (s as { writes: number }).writes
    },
    count: () => (stub.seeded?.links ?? 0) + stub.writes,
  }
  return stub
}
