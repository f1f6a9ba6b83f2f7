"use client"

import { useState } from "react"

import type { loadOnIntent } from "./load-on-intent"
import { toast } from "./toast"

type IntentLoader<M> = ReturnType<typeof loadOnIntent<M>>

/**
 * A dialog whose code (Radix's focus trap, scroll lock, …) loads on the first hover, focus
 * or press of the button that opens it, not with the page. A press opens it at once: `open`
 * is true from the press on, so the dialog shows as soon as `dialog` has arrived, without a
 * second press; a failed load sets it back and says so. Spread `openerProps` on the button;
 * the dialog, opened from state, gives focus back by useReturnFocus.
 */
export function useDialogOnIntent<M>(loader: IntentLoader<M>, what: string) {
  const dialog = loader.useModule()
  const [open, setOpen] = useState(false)
  const prefetch = () => {
    loader.start().catch((e: unknown) => {
      console.error(`The code of ${what} did not load.`, e)
    })
  }
  return {
    /** The loaded module, undefined until then. */
    dialog,
    open,
    setOpen,
    openerProps: {
      "aria-haspopup": "dialog" as const,
      "aria-expanded": open,
      onPointerEnter: prefetch,
      onFocus: prefetch,
      onClick: () => {
        setOpen(true)
        loader.start().catch(() => {
          setOpen(false)
          toast(`Could not open ${what}. Check your connection.`, {
            tone: "error",
          })
        })
      },
    },
  }
}
