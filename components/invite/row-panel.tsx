"use client"

import { Dialog as DialogPrimitive } from "radix-ui"

import { Button } from "@/components/ui/button"
import { overlayClassName } from "@/components/ui/dialog"
import { useReturnFocus } from "@/components/ui/use-return-focus"
import type { RowOutcome } from "@/lib/invite/outcomes"

import type { CustomerOption } from "./client-fields"
import { RowEditor } from "./row-editor"
import { RowStatus } from "./row-status"

/**
 * One row's full form in a side sheet (Radix Dialog: focus is trapped). Opened from state,
 * so focus returns by hand to what opened it (the row's Edit button, "Add invitation"), or
 * to `fallback()` when that is gone (the row left a filtered list). A sent row opens read-only.
 */
export function RowPanel({
  index,
  total,
  outcome,
  error,
  customers,
  canInviteCustomers,
  onIndex,
  onClose,
  fallback,
}: {
  index: number | null
  total: number
  outcome: RowOutcome | undefined
  error: string | undefined
  customers: CustomerOption[]
  canInviteCustomers: boolean
  onIndex: (index: number) => void
  onClose: () => void
  fallback: () => HTMLElement | null
}) {
  const returnFocus = useReturnFocus(fallback)
  const locked = outcome?.state === "sent" || outcome?.state === "sending"
  return (
    <DialogPrimitive.Root
      open={index !== null}
      onOpenChange={(open) => !open && onClose()}
    >
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlayClassName} />
        <DialogPrimitive.Content
          {...returnFocus}
          className="bg-canvas fixed inset-y-0 right-0 z-50 flex w-full max-w-3xl flex-col border-l shadow-xl focus:outline-none"
        >
          {index === null ? null : (
            <>
              <header className="bg-surface flex items-start justify-between gap-4 border-b px-5 py-4">
                <div className="grid gap-1">
                  <DialogPrimitive.Title className="text-base font-semibold">
                    Row {index + 1} of {total}
                  </DialogPrimitive.Title>
                  <DialogPrimitive.Description className="text-fg-muted text-[13px]">
                    {locked
                      ? "This row was sent and can no longer be changed."
                      : "Changes are checked as you go and saved in this browser."}
                  </DialogPrimitive.Description>
                </div>
                <RowStatus outcome={outcome} error={error} />
              </header>
              <div className="flex-1 overflow-y-auto px-5 py-5">
                <RowEditor
                  index={index}
                  customers={customers}
                  canInviteCustomers={canInviteCustomers}
                  locked={locked}
                />
              </div>
              <footer className="bg-surface flex items-center justify-between gap-2 border-t px-5 py-3">
                <div className="flex gap-2">
                  <Button
                    variant="secondary"
                    disabled={index === 0}
                    onClick={() => onIndex(index - 1)}
                  >
                    Previous row
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={index >= total - 1}
                    onClick={() => onIndex(index + 1)}
                  >
                    Next row
                  </Button>
                </div>
                <DialogPrimitive.Close asChild>
                  <Button>Done</Button>
                </DialogPrimitive.Close>
              </footer>
            </>
          )}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  )
}
