import type { ClientLinkStatus } from "@/lib/ads-api/link-statuses"

import { ADD_ANSWERS } from "./expected-answers-add"
import { SEARCH_ANSWERS } from "./expected-answers-search"
import { UPDATE_ANSWERS } from "./expected-answers-update"

/**
 * What the service answers, row by row, written from Microsoft's documentation
 * (docs/emulator-links.md) and not from any code of ours. The emulator must give every
 * answer (expected-answers.test.ts, over HTTP); the app's own rules must not contradict
 * one (lib/link-rules/expected-answers.test.ts).
 *
 * Bodies name the seeded directory symbolically; the runner fills in the ids:
 * `$agency`, `$other` (Fabrikam), `$small0`..`$small3` (agencies without a persona) are
 * customers; `$free0`, `$client0` (Northwind's, seeded: 0–3 pending from $agency, 4
 * Active), `$prepaid0`, `$managed0` (Active with $other), `$created0` (created by $agency)
 * are accounts. `.number` gives the number, `.owner` the owner customer's number.
 */
export type Who =
  | "admin@contoso.example"
  | "standard@contoso.example"
  | "viewer@contoso.example"
  | "admin@fabrikam.example"
  | "admin@northwind.example"
  | "viewer@northwind.example"
  | "admin@adatum.example"
  | "admin@litware.example"
  | "admin@proseware.example"
  | "admin@tailspin.example"

/** The (manager, account) link a step sends back as Search returns it, with `set` applied. */
export interface LinkUpdate {
  manager: string
  account: string
  set: Record<string, unknown>
}

export type Step =
  | { op: "AddClientLinks"; who: Who; body: unknown }
  | { op: "UpdateClientLinks"; who: Who; update: LinkUpdate }
  | { op: "SearchClientLinks"; who: Who; body: unknown }
  | { op: "AdvanceClock"; seconds: number }

/**
 * Why the service answers so: `fields` from the link alone, `life-cycle` from who writes
 * which status from which, `state` from other links or the directory. The app checks the
 * first two itself before sending; the third only the service can know.
 */
export type Because = "fields" | "life-cycle" | "state" | "request"

export interface ExpectedAnswer {
  name: string
  because: Because
  /** Emulator settings the row needs (docs/emulator.md, "Options"). */
  settings?: { requireClientEntityCustomerNumber?: boolean }
  given?: Step[]
  request: Exclude<Step, { op: "AdvanceClock" }>
  /** For an update: who writes, the link's status before, the status written. */
  lifeCycle?: {
    writer: "agency" | "client"
    from: ClientLinkStatus
    to: ClientLinkStatus
  }
  /** For a search at a documented limit. */
  limit?: { pageSize: number } | { inValues: number }
  status: number
  /** Add/Update at HTTP 200: the codes per link, null for a link that went through. */
  partialErrors?: (number[] | null)[]
  /** A fault: the codes of its OperationErrors (ApiFault) or Errors (AdApiFaultDetail). */
  faultCodes?: number[]
}

export const EXPECTED_ANSWERS: readonly ExpectedAnswer[] = [
  ...ADD_ANSWERS,
  ...UPDATE_ANSWERS,
  ...SEARCH_ANSWERS,
]
