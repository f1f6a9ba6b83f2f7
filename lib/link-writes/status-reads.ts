import pMap from "p-map"

import { notSentRow, rowErrorsFor, searchAllPages } from "@/lib/ads-api/batch"
import type { ClientLinksClient } from "@/lib/ads-api/client.server"
import { ERROR_CODES } from "@/lib/ads-api/error-codes"
import {
  isTokenExpired,
  type UpstreamError,
} from "@/lib/ads-api/upstream-error"
import { linkPairKey } from "@/lib/contract/rules"
import type { LinkKey, RowError, RowResult } from "@/lib/contract/writes"
import {
  asUpstreamError,
  isDeferred,
  type Random,
  realSleep,
  type RetryPolicy,
  type Sleep,
  ThrottleGate,
} from "@/lib/ads-api/retry"
import { IN_VALUES_MAX } from "@/lib/link-rules/search"
import type { WaitBudget } from "@/lib/ads-api/wait-budget"
import type { ClientLink, Predicate } from "@/lib/ads-api/wire"

/**
 * Reads the links a status request names, again, from the API: the browser sends only
 * each link's pair and nothing it says about the link is trusted.
 */
export interface ReadOptions {
  /** Searches in flight at once. */
  concurrency?: number
  sleep?: Sleep
  random?: Random
  retry?: Partial<RetryPolicy>
  /** The request's deadline: links not read in time come back `notSent`. */
  budget?: WaitBudget
}

const entityField = (k: LinkKey) =>
  k.Type === "CustomerLink" ? "ClientCustomerId" : "ClientAccountId"

export interface ReadJob {
  keys: LinkKey[]
  predicates: Predicate[]
}

/**
 * As the agency: ≤10 ids per call, AND-ed with DirectManagingCustomerId. As the client:
 * one entity per call with Equals (spec §6: a client user may search one account at a time).
 */
export function planReads(keys: LinkKey[], customerId: string): ReadJob[] {
  const groups = new Map<string, LinkKey[]>()
  for (const k of keys) {
    const g =
      k.ManagingCustomerId === customerId
        ? `agency:${k.Type}`
        : `client:${k.Type}:${k.ClientEntityId}`
    groups.set(g, [...(groups.get(g) ?? []), k])
  }
  const jobs: ReadJob[] = []
  for (const [g, group] of groups) {
    const first = group[0]
    if (!first) continue
    const Field = entityField(first)
    if (g.startsWith("client:")) {
      const Value = first.ClientEntityId
      jobs.push({
        keys: group,
        predicates: [{ Field, Operator: "Equals", Value }],
      })
      continue
    }
    const ids = [...new Set(group.map((k) => k.ClientEntityId))]
    for (let i = 0; i < ids.length; i += IN_VALUES_MAX) {
      const chunk = new Set(ids.slice(i, i + IN_VALUES_MAX))
      jobs.push({
        keys: group.filter((k) => chunk.has(k.ClientEntityId)),
        predicates: [
          {
            Field: "DirectManagingCustomerId",
            Operator: "Equals",
            Value: customerId,
          },
          { Field, Operator: "In", Value: [...chunk].join(",") },
        ],
      })
    }
  }
  return jobs
}

/** A failed read wrote nothing: only a 4xx refusal is final, and no "outcome unknown" marker. */
function readFailure(e: unknown): RowResult {
  if (isDeferred(e)) return notSentRow(e)
  const err = asUpstreamError(e, "SearchClientLinks")
  const final =
    (err.kind === "fault" || err.kind === "http") &&
    !err.isThrottle &&
    (err.status ?? 500) < 500
  const errors = rowErrorsFor(err).map((x): RowError => ({
    code: x.code,
    message: x.message,
    details: x.details,
    trackingId: x.trackingId,
    retryable: !final,
    outcomeUnknown: false,
  }))
  return { ok: false, errors }
}

const notFound = (trackingId: string | null): RowResult => {
  const e = ERROR_CODES.ClientLinkNotFound
  const error: RowError = {
    code: e.code,
    message: e.message,
    details: null,
    trackingId,
    retryable: false,
  }
  return { ok: false, errors: [error] }
}

/**
 * Each key's current link, or the row's failure ("not found", or the search failed). A 109
 * is thrown once every search is done: nothing has been written, so the whole request may
 * start again with a refreshed session.
 */
export async function readLinks(
  client: Pick<ClientLinksClient, "searchClientLinks">,
  keys: LinkKey[],
  customerId: string,
  options: ReadOptions = {},
): Promise<Map<string, ClientLink | RowResult>> {
  const out = new Map<string, ClientLink | RowResult>()
  const expired: UpstreamError[] = []
  const { concurrency = 4, ...retry } = options
  const { budget } = retry
  // One throttled search pauses them all: the service's limit is per customer, not per search.
  const gate = new ThrottleGate(
    retry.sleep ?? budget?.sleep ?? realSleep,
    budget ? () => budget.now() : Date.now,
  )
  await pMap(
    planReads(keys, customerId),
    async (job) => {
      try {
        const found = await searchAllPages(client, job.predicates, null, {
          concurrency: 1,
          ...retry,
          gate,
        })
        const byKey = new Map(found.links.map((l) => [linkPairKey(l), l]))
        const trackingId = found.trackingIds[0] ?? null
        for (const k of job.keys)
          out.set(
            linkPairKey(k),
            byKey.get(linkPairKey(k)) ?? notFound(trackingId),
          )
      } catch (e) {
        if (isTokenExpired(e)) expired.push(e)
        for (const k of job.keys) out.set(linkPairKey(k), readFailure(e))
      }
    },
    { concurrency: Math.max(1, concurrency) },
  )
  if (expired[0]) throw expired[0]
  return out
}
