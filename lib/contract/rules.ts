import type { Permission } from "@/lib/link-rules/caller"
import type { Permissions } from "@/lib/link-rules/roles"
import {
  type Actor,
  allowedStatusUpdates,
  type ClientLinkStatus,
} from "@/lib/link-rules/status"

/**
 * The rules the browser and the routes both apply, zod-free so the grid's first load can
 * use them: what each status action writes, who may take it, and how a link is named.
 * The routes check again whatever the browser offered.
 */

export const STATUS_ACTIONS = ["accept", "decline", "cancel", "unlink"] as const
export type StatusAction = (typeof STATUS_ACTIONS)[number]

/** The status each action writes. */
export const ACTION_STATUS: Record<StatusAction, ClientLinkStatus> = {
  accept: "LinkAccepted",
  decline: "LinkDeclined",
  cancel: "LinkCanceled",
  unlink: "UnlinkRequested",
}

/** Who takes each action: the agency cancels and unlinks, the client answers. */
export const ACTION_ACTOR: Record<StatusAction, Actor> = {
  accept: "client",
  decline: "client",
  cancel: "agency",
  unlink: "agency",
}

/** The right each action needs (lib/link-rules/roles.ts). */
export const ACTION_PERMISSION: Record<StatusAction, Permission> = {
  accept: "respond",
  decline: "respond",
  cancel: "cancelOrUnlink",
  unlink: "cancelOrUnlink",
}

const ACTION_OF = new Map(
  STATUS_ACTIONS.map((a) => [ACTION_STATUS[a], a] as const),
)

/** The actions `actor`, with these rights, may take on a link in `status`. */
export const actionsAllowed = (
  actor: Actor,
  permissions: Permissions,
  status: ClientLinkStatus,
): StatusAction[] =>
  allowedStatusUpdates(actor, status).flatMap((to) => {
    const action = ACTION_OF.get(to)
    return action && permissions[ACTION_PERMISSION[action]] ? [action] : []
  })

/**
 * The pair that names a link (docs/client-link-api.md, "Identity"): its type, the client
 * entity and the managing customer. One string per pair, also the grid's row id; a link
 * without Type is an account link.
 */
export const linkPairKey = (l: {
  Type: string | null
  ClientEntityId: string | null
  ManagingCustomerId: string | null
}): string =>
  `${l.Type ?? "AccountLink"}:${l.ClientEntityId ?? ""}:${l.ManagingCustomerId ?? ""}`
