import * as z from "zod/mini"

import { formRowSchema } from "./form-row"
import { afterReload, rowOutcomeSchema } from "./outcomes"

/**
 * The invitation draft in localStorage, one per user and acting customer, so a reload,
 * a failed request or an expired sign-in loses nothing. It holds the rows and what
 * happened to each; it is removed only when every row is sent or the user discards it.
 */
export const draftSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  rows: z.array(formRowSchema),
  outcomes: z.record(z.string(), rowOutcomeSchema),
})
export type Draft = z.infer<typeof draftSchema>

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">

export const draftKey = (userId: string, customerId: string) =>
  `linkdesk:invite-draft:v1:${userId}:${customerId}`

/** The saved draft, with rows caught mid-request marked unknown; null when none or unreadable. */
export function loadDraft(storage: DraftStorage, key: string): Draft | null {
  let raw: string | null
  try {
    raw = storage.getItem(key)
  } catch {
    return null
  }
  if (!raw) return null
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return null
  }
  const parsed = draftSchema.safeParse(json)
  if (!parsed.success || parsed.data.rows.length === 0) return null
  const outcomes = Object.fromEntries(
    Object.entries(parsed.data.outcomes).map(([k, o]) => [k, afterReload(o)]),
  )
  return { ...parsed.data, outcomes }
}

/** Saves the draft; returns false when the browser refuses (private mode, quota). */
export function saveDraft(
  storage: DraftStorage,
  key: string,
  draft: Omit<Draft, "version" | "savedAt">,
  now: Date = new Date(),
): boolean {
  const keep = new Set(draft.rows.map((r) => r.key))
  const outcomes = Object.fromEntries(
    Object.entries(draft.outcomes).filter(([k]) => keep.has(k)),
  )
  try {
    storage.setItem(
      key,
      JSON.stringify({
        version: 1,
        savedAt: now.toISOString(),
        rows: draft.rows,
        outcomes,
      } satisfies Draft),
    )
    return true
  } catch {
    return false
  }
}

export function clearDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key)
  } catch {
    // Storage unavailable: nothing was saved either.
  }
}
