"use client"

import { useRef } from "react"

/**
 * For dialogs opened from state rather than a Radix Trigger, where Radix would send focus
 * to <body> on close: remembers what had focus when the dialog opened and gives focus
 * back to it, or to `fallback()` when that element has left the page meanwhile.
 * Spread the result on the dialog's Content.
 */
export function useReturnFocus(fallback?: () => HTMLElement | null) {
  const opener = useRef<HTMLElement | null>(null)
  return {
    onOpenAutoFocus: () => {
      const active = document.activeElement
      opener.current =
        active instanceof HTMLElement && active !== document.body
          ? active
          : null
    },
    onCloseAutoFocus: (e: Event) => {
      const target = opener.current?.isConnected
        ? opener.current
        : (fallback?.() ?? null)
      if (!target) return
      e.preventDefault()
      target.focus()
    },
  }
}
