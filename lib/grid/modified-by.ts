/**
 * Who last changed a link, as a person reads it. The API gives only a user id
 * (LastModifiedByUserId); the one id Linkdesk can put a name to is the signed-in
 * user's. The inviter's name and email belong to whoever sent the invitation, whose
 * id the API does not return, so they are never matched against this id.
 */
export const MODIFIED_BY_LABELS = ["you", "another user"] as const
export type ModifiedByLabel = (typeof MODIFIED_BY_LABELS)[number]

export interface ModifiedBy {
  label: ModifiedByLabel
  /** The raw id, for a hover hint: never the visible text. */
  userId: string
}

export function modifiedByLabel(
  userId: string | null,
  viewer: { id: string },
): ModifiedBy | null {
  if (!userId) return null
  return { label: userId === viewer.id ? "you" : "another user", userId }
}
