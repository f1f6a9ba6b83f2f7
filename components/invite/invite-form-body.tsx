"use client"

import { zodResolver } from "@hookform/resolvers/zod"
import { useRouter } from "next/navigation"
import { useEffect, useId, useMemo, useRef, useState } from "react"
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form"

import { Button } from "@/components/ui/button"
import { Card, CardContent } from "@/components/ui/card"
import { countRows } from "@/lib/invite/counts"
import { draftKey } from "@/lib/invite/draft"
import {
  type InviteFormValues,
  makeInviteFormSchema,
} from "@/lib/invite/form-schema"

import { CsvToolbar } from "./csv-toolbar"
import type { InviteFormProps } from "./invite-form"
import { LazyBulkRows, usePrefetchBulkRows } from "./lazy-bulk-rows"
import { useOutcomes, OutcomeStore } from "./outcome-store"
import { RestoredNotice } from "./restored-notice"
import { RowEditor } from "./row-editor"
import { RowStatus } from "./row-status"
import { SendBar } from "./send-bar"
import { SendSummary } from "./send-summary"
import { initialInvite, useDraftSaver } from "./use-invite-draft"
import { useRowActions } from "./use-row-actions"
import { firstRowError } from "./use-row-field"
import { useSendInvitations } from "./use-send-invitations"

export function InviteFormBody(props: InviteFormProps) {
  const { defaults, customers, canInviteCustomers, prefill } = props
  const key = draftKey(props.userId, props.customerId)
  const router = useRouter()
  const [initial] = useState(() => initialInvite(key, defaults, prefill))
  const [store] = useState(() => new OutcomeStore(initial.outcomes))
  const [restored, setRestored] = useState(initial.restored)
  const [editing, setEditing] = useState<number | null>(null)
  const tableId = useId()
  const submit = useRef<HTMLButtonElement>(null)
  const outcomes = useOutcomes(store)
  const form = useForm<InviteFormValues>({
    resolver: zodResolver(makeInviteFormSchema()),
    defaultValues: { rows: initial.rows },
    mode: "onBlur",
    reValidateMode: "onChange",
  })
  const rowArray = useFieldArray({ control: form.control, name: "rows" })
  const rows = useWatch({ control: form.control, name: "rows" })
  const counts = useMemo(() => countRows(rows, outcomes), [rows, outcomes])
  useDraftSaver(form, store, key, defaults)
  const { send, progress, sending, cancelWait } = useSendInvitations(
    form,
    store,
  )
  const actions = useRowActions({ form, rowArray, store, defaults, setEditing })
  usePrefetchBulkRows()

  // The prefill is in the draft now; drop it from the URL so a reload does not add it again.
  useEffect(() => {
    if (prefill) router.replace("/invite", { scroll: false })
  }, [prefill, router])

  const attempted = Object.keys(outcomes).length > 0
  const errorRows = form.formState.errors.rows
  const flagged = rows.filter(
    (r, i) => errorRows?.[i] && outcomes[r.key]?.state !== "sent",
  ).length
  const single = rows.length === 1
  const onSubmit = form.handleSubmit(
    () => send("all"),
    // In a batch the valid rows go and the others stay, highlighted, to be fixed.
    () => void (single || send("all")),
  )

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label="Invitations"
      >
        {restored ? (
          <RestoredNotice
            savedAt={restored.savedAt}
            rows={restored.rows}
            onDismiss={() => setRestored(null)}
            onDiscard={actions.discard}
          />
        ) : null}
        <SendSummary
          counts={counts}
          attempted={attempted}
          sending={sending}
          onRetry={() => {
            // The summary and its Retry button leave while sending: focus goes to the
            // send button, which stays, next to the progress.
            if (send("failed") > 0) submit.current?.focus()
          }}
          onCopy={actions.copyFailed}
          onDownload={actions.downloadFailed}
        />
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 className="text-sm font-semibold">
            {single ? "Invitation" : `${rows.length} invitations`}
          </h2>
          <div className="flex flex-wrap items-center gap-2">
            <CsvToolbar disabled={sending} onCsv={actions.importCsv} />
            <Button
              variant="secondary"
              onClick={actions.addRow}
              disabled={sending}
            >
              {counts.total > 0 && counts.sent === counts.total
                ? "New invitation"
                : "Add invitation"}
            </Button>
          </div>
        </div>
        <Card>
          <CardContent className={single ? "p-5" : "p-3"}>
            {single && outcomes[rows[0]?.key ?? ""] ? (
              <div className="mb-5 flex items-start justify-between gap-3 border-b pb-4">
                <RowStatus
                  outcome={outcomes[rows[0]?.key ?? ""]}
                  error={firstRowError(form.formState.errors, 0)}
                />
              </div>
            ) : null}
            {single ? (
              <RowEditor
                index={0}
                customers={customers}
                canInviteCustomers={canInviteCustomers}
                locked={["sent", "sending"].includes(
                  outcomes[rows[0]?.key ?? ""]?.state ?? "",
                )}
              />
            ) : (
              <LazyBulkRows
                rowCount={rows.length}
                tableId={tableId}
                outcomes={outcomes}
                editing={editing}
                onEdit={setEditing}
                onRemove={actions.removeRow}
                customers={customers}
                canInviteCustomers={canInviteCustomers}
              />
            )}
          </CardContent>
        </Card>
        <SendBar
          submitRef={submit}
          counts={counts}
          flagged={flagged}
          sending={sending}
          progress={progress}
          onDiscard={actions.discard}
          onCancelWait={cancelWait}
        />
      </form>
    </FormProvider>
  )
}
