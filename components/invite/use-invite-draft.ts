"use client"

import { useEffect } from "react"
import type { UseFormReturn } from "react-hook-form"

import { clearDraft, loadDraft, saveDraft } from "@/lib/invite/draft"
import {
  emptyRow,
  type FormRow,
  isBlankRow,
  type RowDefaults,
} from "@/lib/invite/form-row"
import type { InviteFormValues } from "@/lib/invite/form-schema"

import type { OutcomeStore, Outcomes } from "./outcome-store"

const SAVE_DELAY_MS = 300

export interface InitialInvite {
  rows: FormRow[]
  outcomes: Outcomes
  /** Set when a saved draft was brought back. */
  restored: { savedAt: string; rows: number } | null
}

/** The form's first state: the saved draft (plus a prefilled row), or one new row. Browser only. */
export function initialInvite(
  key: string,
  defaults: RowDefaults,
  prefill: FormRow | null,
): InitialInvite {
  const draft = loadDraft(window.localStorage, key)
  if (!draft)
    return {
      rows: [prefill ?? emptyRow(defaults)],
      outcomes: {},
      restored: null,
    }
  const rows = draft.rows.filter(
    (r) => draft.outcomes[r.key] || !isBlankRow(r, defaults),
  )
  if (prefill) rows.push(prefill)
  return {
    rows: rows.length > 0 ? rows : [emptyRow(defaults)],
    outcomes: draft.outcomes,
    restored: { savedAt: draft.savedAt, rows: draft.rows.length },
  }
}

/**
 * Keeps the rows and their outcomes in localStorage (per user and customer) so a reload,
 * a failed request or an expired sign-in loses nothing. Typing is saved after a short
 * pause, outcomes at once (a reload right after a send must not resend). The draft is
 * removed once every row is sent, or when nothing has been entered.
 */
export function useDraftSaver(
  form: UseFormReturn<InviteFormValues>,
  store: OutcomeStore,
  key: string,
  defaults: RowDefaults,
) {
  useEffect(() => {
    const save = () => {
      const rows = form.getValues("rows")
      const outcomes = store.get()
      const untouched =
        rows.every((r) => isBlankRow(r, defaults)) &&
        Object.keys(outcomes).length === 0
      const allSent =
        rows.length > 0 && rows.every((r) => outcomes[r.key]?.state === "sent")
      if (untouched || allSent) clearDraft(window.localStorage, key)
      else saveDraft(window.localStorage, key, { rows, outcomes })
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    const watching = form.watch(() => {
      clearTimeout(timer)
      timer = setTimeout(save, SAVE_DELAY_MS)
    })
    const unsubscribe = store.subscribe(save)
    window.addEventListener("pagehide", save)
    return () => {
      clearTimeout(timer)
      watching.unsubscribe()
      unsubscribe()
      window.removeEventListener("pagehide", save)
      save()
    }
  }, [form, store, key, defaults])
}
