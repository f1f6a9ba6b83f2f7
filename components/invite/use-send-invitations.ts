"use client"

import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import type { UseFormReturn } from "react-hook-form"

import { whenIdle } from "@/components/ui/when-idle"
import type { InviteFormValues } from "@/lib/invite/form-schema"
import {
  type SendItem,
  sendableItems,
  sendInSlices,
  type SendMode,
} from "@/lib/invite/send-loop"
import { reportSessionExpired } from "@/lib/session-expiry"

import type { OutcomeStore } from "./outcome-store"
import { postSlice, prefetchPoster } from "./post-slice"

export interface Progress {
  done: number
  total: number
  /** Microsoft asked us to wait: seconds left before `rows` not sent go again. */
  waiting?: { seconds: number; rows: number } | null
}

export function useSendInvitations(
  form: UseFormReturn<InviteFormValues>,
  store: OutcomeStore,
) {
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<Progress | null>(null)
  // A ref, not state: a second click in the same tick must see the first one.
  const running = useRef(false)
  const cancelWait = useRef<(() => void) | null>(null)
  useEffect(() => whenIdle(prefetchPoster), [])

  /**
   * Counts down, shown in the progress; false when the user cancels. Seconds left come from
   * a deadline, not from counting ticks: a background tab runs intervals late (or once a
   * minute), and the resume must still happen when the wait is over.
   */
  const wait = (seconds: number, rows: number) =>
    new Promise<boolean>((resolve) => {
      const until = Date.now() + seconds * 1_000
      let left = seconds
      const show = () =>
        setProgress((p) => p && { ...p, waiting: { seconds: left, rows } })
      const finish = (go: boolean) => {
        clearInterval(timer)
        cancelWait.current = null
        setProgress((p) => p && { ...p, waiting: null })
        resolve(go)
      }
      const timer = setInterval(() => {
        left = Math.ceil((until - Date.now()) / 1_000)
        if (left <= 0) finish(true)
        else show()
      }, 1_000)
      cancelWait.current = () => finish(false)
      show()
    })

  const mutation = useMutation({
    mutationFn: async (items: SendItem[]) => {
      setProgress({ done: 0, total: items.length })
      const result = await sendInSlices(items, {
        post: postSlice,
        previous: (key) => store.get()[key],
        onSliceStart: (keys) =>
          store.set((all) => {
            const next = { ...all }
            for (const item of items)
              if (keys.includes(item.key))
                next[item.key] = { state: "sending", identity: item.identity }
            return next
          }),
        wait,
        onSliceAnswered: (answered, fields, resending) => {
          store.set((all) => ({ ...all, ...Object.fromEntries(answered) }))
          setProgress(
            (p) => p && { ...p, done: p.done + answered.size - resending },
          )
          const rows = form.getValues("rows")
          for (const problem of fields) {
            const index = rows.findIndex((r) => r.key === problem.key)
            if (index >= 0)
              form.setError(
                `rows.${index}.${problem.field}` as `rows.${number}.Name`,
                {
                  type: "server",
                  message: problem.message,
                },
              )
          }
        },
      })
      if (result.unauthorized) reportSessionExpired()
      return result
    },
    // The grid shows the new pending invitations; returned so the mutation waits for it.
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ["client-links"] }),
    onSettled: () => {
      running.current = false
    },
  })

  function send(mode: SendMode): number {
    if (running.current) return 0
    const items = sendableItems(form.getValues("rows"), store.get(), mode)
    if (items.length === 0) return 0
    running.current = true
    mutation.mutate(items)
    return items.length
  }

  return {
    send,
    progress,
    sending: mutation.isPending,
    /** Stops waiting for Microsoft: the rows not sent stay failed and retryable. */
    cancelWait: () => cancelWait.current?.(),
  }
}
