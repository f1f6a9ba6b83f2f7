import type { AddRuleOptions } from "@/lib/client-links/rules/add"

import type { Caller, Clock, Directory, OpResult, SeedPlan } from "./types"

/**
 * The contract of the client-link operations (built in lib/emulator/links/). The HTTP
 * front only needs this shape, so tests can hand it a small stand-in.
 */
export interface LinkService {
  add(caller: Caller, body: unknown, trackingId: string): OpResult
  update(caller: Caller, body: unknown, trackingId: string): OpResult
  search(caller: Caller, body: unknown, trackingId: string): OpResult
  seed(options: { seed: number; links: number }): void
  tick(): void
  snapshot(): unknown
  restore(snapshot: unknown): void
  count(): number
}

export interface LinkServiceDeps {
  directory: Directory
  plan: SeedPlan
  clock: Clock
  options: { addRules: AddRuleOptions }
}

export type LinkServiceFactory = (deps: LinkServiceDeps) => LinkService
