import type { AddRules } from "./links/add-rules"
import type { Caller, Clock, Directory, OpResult, SeedPlan } from "./types"

/**
 * The contract of the client-link operations (built in lib/emulator/links/). The HTTP
 * front only needs this shape, so tests can hand it a small stand-in.
 */
export interface LinkService {
  /** POST /CustomerManagement/v13/ClientLinks */
  add(caller: Caller, body: unknown, trackingId: string): OpResult
  /** PUT /CustomerManagement/v13/ClientLinks */
  update(caller: Caller, body: unknown, trackingId: string): OpResult
  /** POST /CustomerManagement/v13/ClientLinks/Search */
  search(caller: Caller, body: unknown, trackingId: string): OpResult
  /** Deterministic links built on `plan` (replaces what was there). */
  seed(options: { seed: number; links: number }): void
  /** Applies every due system transition at clock.now(). */
  tick(): void
  /** JSON-serialisable state, for file persistence. */
  snapshot(): unknown
  restore(snapshot: unknown): void
  /** Links held, history included. */
  count(): number
}

export interface LinkServiceDeps {
  directory: Directory
  plan: SeedPlan
  clock: Clock
  options: { addRules: AddRules }
}

export type LinkServiceFactory = (deps: LinkServiceDeps) => LinkService
