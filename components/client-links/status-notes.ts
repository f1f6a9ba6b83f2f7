import type { LinkRow } from "@/lib/contract/grid"
import { formatDate, plural } from "@/lib/format"
import { STUCK_AFTER_MS } from "@/lib/grid/link-rows"

/** A short line under the status badge; `urgent` ones are shown in the attention colour. */
export interface StatusNote {
  text: string
  urgent: boolean
  title?: string
}

/**
 * What the server worked out about a row beyond its status (see toGridRow), in words: days
 * left before a pending invitation expires, when a scheduled link starts, or that it is
 * stuck. The browser only words these; it never decides them.
 */
export function statusNotes(row: LinkRow): StatusNote[] {
  const notes: StatusNote[] = []
  if (row.daysLeft !== null)
    notes.push({
      text:
        row.daysLeft === 0
          ? "Expires today"
          : `${plural(row.daysLeft, "day")} left`,
      urgent: row.daysLeft <= 7,
      title: row.expiresAt ? `Expires ${formatDate(row.expiresAt)}` : undefined,
    })
  if (row.scheduled && row.startDate)
    notes.push({
      text: `Starts on ${formatDate(row.startDate)}`,
      urgent: false,
    })
  if (row.stuck)
    notes.push({
      text: `Stuck over ${STUCK_AFTER_MS / 60_000} min`,
      urgent: true,
    })
  return notes
}
