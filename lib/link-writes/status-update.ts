import type {
  ClientLinkWrite,
  ClientLinksClient,
} from "@/lib/ads-api/client.server"
import { ERROR_CODES } from "@/lib/ads-api/error-codes"
import type { LinkKey, RowResult, StatusAction } from "@/lib/contract/writes"
import {
  type Actor,
  type ClientLinkStatus,
  refuseStatusUpdate,
  type StatusUpdateRefusal,
} from "@/lib/link-rules/status"
import type { ClientLink } from "@/lib/ads-api/wire"
import {
  ACTION_ACTOR,
  ACTION_PERMISSION,
  ACTION_STATUS,
  linkPairKey,
} from "@/lib/contract/rules"
import type { Caller } from "@/lib/link-rules/caller"

import { type ReadOptions, readLinks } from "./status-reads"

/**
 * Accept, decline, cancel or unlink. The server reads each link again, refuses locally what
 * the life cycle does not allow, and sends the rest back exactly as Search returned them
 * with only Status (and Note) changed (spec §5, §8: an update replaces the whole entity).
 */

/** The agency when the signed-in customer manages the link, else the client. */
export const actorFor = (key: LinkKey, customerId: string): Actor =>
  key.ManagingCustomerId === customerId ? "agency" : "client"

export interface StatusUpdateInput {
  action: StatusAction
  links: LinkKey[]
  note?: string
}

/** The check for a whole request (withSession's `authorize`): a refusal, or null. */
export function refuseStatusRequest(
  session: Pick<Caller, "customer" | "permissions">,
  input: StatusUpdateInput,
): string | null {
  const kind = ACTION_ACTOR[input.action]
  if (session.customer.kind !== kind)
    return `${session.customer.name} is ${session.customer.kind === "agency" ? "an agency" : "a client"} customer: only ${kind === "agency" ? "the managing agency" : "the client"} can ${input.action} links.`
  if (!session.permissions[ACTION_PERMISSION[input.action]])
    return `Your role does not allow you to ${input.action} links.`
  const agencyCustomerLink = input.links.some(
    (k) =>
      k.Type === "CustomerLink" &&
      actorFor(k, session.customer.id) === "agency",
  )
  // Writing customer links as the agency needs the same right as inviting them (roles.ts).
  if (agencyCustomerLink && !session.permissions.inviteCustomerLinks)
    return "Only a Super Admin may change customer links."
  return null
}

export interface StatusUpdateDeps {
  /** The signed-in customer. */
  customerId: string
  client: Pick<ClientLinksClient, "searchClientLinks">
  /** Sends the updates (10 per call); one result per link, in order. */
  write: (links: ClientLinkWrite[]) => Promise<RowResult[]>
  read?: ReadOptions
}

const REFUSALS = {
  LinkEnded: (from: string) =>
    `The link is ${from}; an ended link cannot be changed.`,
  LinkInTransition: (from: string) =>
    `The link is ${from}; wait until it is done (5 to 30 minutes).`,
  StatusNotAllowedForActor: (_: string, to: string, actor: Actor) =>
    `The ${actor === "agency" ? "managing agency" : "client"} cannot set a link to ${to}.`,
  StatusTransitionInvalid: (from: string, to: string) =>
    `A link in ${from} cannot be set to ${to}.`,
}

/** The code the service answers for each refusal (lib/emulator/expected-answers.ts holds us to it). */
export const REFUSAL_CODE: Record<StatusUpdateRefusal, number> = {
  LinkEnded: ERROR_CODES.ClientLinkUpdateNotAllowed.code,
  StatusTransitionInvalid: ERROR_CODES.ClientLinkUpdateNotAllowed.code,
  LinkInTransition: ERROR_CODES.AccountLinkInProgress.code,
  StatusNotAllowedForActor: ERROR_CODES.UserIsNotAuthorized.code,
}

const failure = (code: number, message: string): RowResult => ({
  ok: false,
  errors: [
    { code, message, details: null, trackingId: null, retryable: false },
  ],
})

/** Why this actor may not move this link to `to`, as a failed row; null when allowed. */
function refusal(
  link: ClientLink,
  actor: Actor,
  to: ClientLinkStatus,
): RowResult | null {
  const from = link.Status
  const reason = from
    ? refuseStatusUpdate(actor, from, to)
    : "StatusTransitionInvalid"
  if (!reason) return null
  const text = REFUSALS[reason](from ?? "an unknown status", to, actor)
  return failure(REFUSAL_CODE[reason], text)
}

/** One result per requested link, in request order; a link named twice is sent once. */
export async function updateLinkStatuses(
  input: StatusUpdateInput,
  deps: StatusUpdateDeps,
): Promise<RowResult[]> {
  const to = ACTION_STATUS[input.action]
  const unique = [
    ...new Map(input.links.map((k) => [linkPairKey(k), k])).values(),
  ]
  const read = await readLinks(deps.client, unique, deps.customerId, deps.read)
  const outcome = new Map<string, RowResult>()
  const toSend: ClientLink[] = []
  for (const k of unique) {
    const link = read.get(linkPairKey(k))
    if (!link || "ok" in link) {
      if (link) outcome.set(linkPairKey(k), link)
      continue
    }
    const refused = refusal(link, actorFor(k, deps.customerId), to)
    if (refused) outcome.set(linkPairKey(k), refused)
    else toSend.push({ ...link, Status: to, Note: input.note ?? link.Note })
  }

  const written = toSend.length > 0 ? await deps.write(toSend) : []
  toSend.forEach((l, i) => {
    const r = written[i]
    if (r) outcome.set(linkPairKey(l), r)
  })
  const missing = failure(
    ERROR_CODES.InternalError.code,
    "No result for this link.",
  )
  return input.links.map((k) => outcome.get(linkPairKey(k)) ?? missing)
}
