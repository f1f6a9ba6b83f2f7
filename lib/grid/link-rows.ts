import { linkPairKey } from "@/lib/contract/rules"
import type { GridRow, LinkRow } from "@/lib/contract/grid"
import { IN_PROGRESS_STATUSES } from "./views"
import { modifiedByLabel } from "./modified-by"
import type { ClientLink } from "@/lib/ads-api/wire"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** LinkPending lapses to LinkExpired when neither side acts within 30 days (spec §5). */
export const PENDING_EXPIRY_MS = 30 * DAY
/**
 * An in-progress status held longer than this, counted from when it entered that status
 * or from its StartDate, whichever is later, is flagged "stuck".
 */
export const STUCK_AFTER_MS = 30 * MINUTE

const time = (iso: string | null): number | null => {
  if (!iso) return null
  const t = Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(iso) ? iso : `${iso}Z`)
  return Number.isNaN(t) ? null : t
}

/**
 * A searched link as a grid row, with what the API does not say: days left before a
 * pending invitation expires, whether an in-progress link is only waiting for its start
 * date (scheduled) and whether it looks stuck.
 *
 * Both count from LastModifiedDateTime, not StartDate. A link is written LinkPending only
 * when the invitation is sent, so for a pending link the last change *is* the sending;
 * StartDate is when the agency wants billing to move, which may lie in the future. Every
 * status change stamps LastModifiedDateTime, so for in-progress links it is when the
 * link entered its current status.
 *
 * LinkInProgress also means "the start date has not yet arrived" (spec §5: it turns Active
 * once the transition is done *and* StartDate has come), so a link whose StartDate lies
 * ahead is scheduled, never stuck. Once the start date has passed, the 30 minutes count
 * from the later of the status change and the start date.
 */
export function toGridRow(link: ClientLink, now: number): LinkRow | null {
  if (!link.Status || !link.ClientEntityId || !link.ManagingCustomerId)
    return null
  const modified = time(link.LastModifiedDateTime)
  const pending = link.Status === "LinkPending" && modified !== null
  const expires = pending ? modified + PENDING_EXPIRY_MS : null
  const start = time(link.StartDate)
  const scheduled =
    link.Status === "LinkInProgress" && start !== null && start > now
  const since = modified === null ? null : Math.max(modified, start ?? modified)
  return {
    key: linkPairKey(link),
    type: link.Type ?? "AccountLink",
    clientId: link.ClientEntityId,
    clientNumber: link.ClientEntityNumber,
    clientName: link.ClientEntityName,
    clientCustomerNumber: link.ClientEntityCustomerNumber ?? null,
    managerId: link.ManagingCustomerId,
    managerNumber: link.ManagingCustomerNumber,
    managerName: link.ManagingCustomerName,
    status: link.Status,
    name: link.Name,
    note: link.Note,
    inviterName: link.InviterName,
    inviterEmail: link.InviterEmail,
    isBillToClient: link.IsBillToClient,
    startDate: link.StartDate,
    lastModified: link.LastModifiedDateTime,
    lastModifiedBy: link.LastModifiedByUserId,
    expiresAt: expires === null ? null : new Date(expires).toISOString(),
    daysLeft:
      expires === null ? null : Math.max(0, Math.ceil((expires - now) / DAY)),
    scheduled,
    stuck:
      IN_PROGRESS_STATUSES.has(link.Status) &&
      !scheduled &&
      since !== null &&
      now - since > STUCK_AFTER_MS,
  }
}

export const toGridRows = (links: ClientLink[], now: number): LinkRow[] =>
  links.flatMap((l) => toGridRow(l, now) ?? [])

/** A gathered row as the signed-in user sees it: who last changed it, in words. */
export const forViewer = (row: LinkRow, viewer: { id: string }): GridRow => ({
  ...row,
  modifiedBy: modifiedByLabel(row.lastModifiedBy, viewer),
})
