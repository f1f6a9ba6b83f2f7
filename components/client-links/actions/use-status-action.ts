"use client"

import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useCallback, useEffect, useState } from "react"

import { toast } from "@/components/ui/toast"
import type { GridResponse, GridRow } from "@/lib/contract/grid"
import type { StatusAction } from "@/lib/contract/writes"

import { clientLinkQueries } from "../queries"
import { patchRows, postStatus } from "./post-status"
import type { RowFailure, StatusOutcome } from "./status-outcome"

const PAST: Record<StatusAction, string> = {
  accept: "accepted",
  decline: "declined",
  cancel: "canceled",
  unlink: "asked to unlink",
}

interface Vars {
  action: StatusAction
  rows: GridRow[]
}

/**
 * Rows Microsoft asked us to wait for (notSent): sent again at `until`. `seconds` (shown)
 * is worked out from it on each tick, so a background tab's late timers still resume on time.
 */
export interface Waiting extends Vars {
  seconds: number
  until: number
}

/**
 * Runs a status action on one row or many. Rows that succeed show their new status at
 * once; rows that fail keep their error (code, help, TrackingId) and stay selected, and
 * "Retry failed" sends only those again.
 */
export function useStatusAction(onFailedKeys: (keys: string[]) => void) {
  const queryClient = useQueryClient()
  const [rowErrors, setRowErrors] = useState<Map<string, RowFailure>>(new Map())
  const [busy, setBusy] = useState<Set<string>>(new Set())
  const [failed, setFailed] = useState<Vars | null>(null)
  const [waiting, setWaiting] = useState<Waiting | null>(null)

  const mutation = useMutation({
    mutationFn: ({ action, rows }: Vars) => postStatus(action, rows),
    onMutate: ({ rows }) => setBusy(new Set(rows.map((r) => r.key))),
    onSettled: () => setBusy(new Set()),
    onSuccess: (results, { action, rows }) => {
      const ok = new Set<string>()
      const errors = new Map(rowErrors)
      const failedRows: GridRow[] = []
      results.forEach((result, i) => {
        const row = rows[i]
        if (!row) return
        if (result.ok) {
          ok.add(row.key)
          errors.delete(row.key)
        } else {
          errors.set(row.key, result.failure)
          failedRows.push(row)
        }
      })
      setRowErrors(errors)
      setFailed(failedRows.length > 0 ? { action, rows: failedRows } : null)
      // Only the rows not sent go again, after the wait; never the done ones.
      const waitOf = (r: StatusOutcome | undefined) =>
        r && !r.ok ? (r.notSentRetryAfterS ?? null) : null
      const later = rows.filter((_, i) => waitOf(results[i]) !== null)
      const seconds = Math.max(0, ...results.map((r) => waitOf(r) ?? 0))
      setWaiting(
        later.length > 0
          ? {
              action,
              rows: later,
              seconds,
              until: Date.now() + seconds * 1_000,
            }
          : null,
      )
      onFailedKeys(failedRows.map((r) => r.key))
      queryClient.setQueriesData<GridResponse>(
        { queryKey: clientLinkQueries.lists() },
        (data) => patchRows(data, action, ok),
      )
      toast(
        failedRows.length === 0
          ? `${ok.size} of ${rows.length} ${PAST[action]}.`
          : `${ok.size} of ${rows.length} ${PAST[action]}; ${failedRows.length} failed. See the rows marked in red.`,
        { tone: failedRows.length === 0 ? "success" : "error" },
      )
      return queryClient.invalidateQueries({
        queryKey: clientLinkQueries.all(),
      })
    },
  })

  const run = useCallback(
    (action: StatusAction, rows: GridRow[]) => {
      if (rows.length > 0) mutation.mutate({ action, rows })
    },
    [mutation],
  )
  const { mutate } = mutation
  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(() => {
      const seconds = Math.ceil((waiting.until - Date.now()) / 1_000)
      if (seconds > 0) setWaiting({ ...waiting, seconds })
      else {
        setWaiting(null)
        mutate({ action: waiting.action, rows: waiting.rows })
      }
    }, 1_000)
    return () => clearTimeout(timer)
  }, [waiting, mutate])

  const retryFailed = useCallback(() => {
    if (failed) mutation.mutate(failed)
  }, [failed, mutation])

  return {
    run,
    /** The action under way, or null. */
    running: mutation.isPending ? (mutation.variables ?? null) : null,
    retryFailed,
    failed,
    rowErrors,
    busy,
    pending: mutation.isPending,
    /** Counting down to resend the rows not sent, or null. */
    waiting,
    /** Stops the countdown: those rows stay failed, and "Retry failed" sends them. */
    cancelWait: () => setWaiting(null),
  }
}
