"use client"

import { useRef } from "react"
import { toast as sonner, Toaster as Sonner } from "sonner"

import type { ToastTone } from "./toast"

const SUCCESS_MS = 5_000

type Options = { id?: string | number; duration?: number }

const byTone: Record<ToastTone, (message: string, o: Options) => unknown> = {
  info: sonner,
  success: sonner.success,
  error: sonner.error,
}

export function show(message: string, tone: ToastTone) {
  // Errors stay until dismissed: a person may need the time to read or act on them.
  byTone[tone](message, { duration: tone === "error" ? Infinity : SUCCESS_MS })
}

/**
 * sonner holds every toast while the pointer is over them; this holds them while keyboard
 * focus is on one too (WCAG 2.2.1), and gives them their full time again when it leaves.
 */
function hold(held: boolean) {
  for (const t of sonner.getToasts()) {
    if (!("type" in t) || t.type === "error" || typeof t.title !== "string")
      continue
    const tone = t.type === "success" ? "success" : "info"
    byTone[tone](t.title, {
      id: t.id,
      duration: held ? Infinity : SUCCESS_MS,
    })
  }
}

/** sonner's region and toasts, in our colours, each with a Dismiss button. */
export function Toaster() {
  const held = useRef(false)
  return (
    <div
      onFocus={() => {
        if (!held.current) hold((held.current = true))
      }}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget)) return
        hold((held.current = false))
      }}
    >
      <Sonner
        closeButton
        expand
        offset={16}
        gap={8}
        icons={{ close: "Dismiss" }}
        toastOptions={{
          unstyled: true,
          closeButtonAriaLabel: "Dismiss",
          classNames: {
            toast:
              "bg-surface text-fg flex w-full items-start gap-3 rounded-lg border px-3 py-2.5 text-[13px] shadow-lg",
            success: "border-status-active/40",
            error: "border-status-attention/50",
            icon: "mt-0.5 shrink-0 [&>svg]:size-4",
            content: "flex-1",
            closeButton:
              "text-fg-muted hover:text-fg order-last rounded text-xs",
          },
        }}
      />
    </div>
  )
}
