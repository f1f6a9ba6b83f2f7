"use client"

import { useEffect } from "react"

import { loadOnIntent } from "./load-on-intent"
import { whenIdle } from "./when-idle"

export type ToastTone = "info" | "success" | "error"

// sonner (about 9 KB gzipped) is fetched once the page is idle, not with every dashboard page.
const toaster = loadOnIntent(() => import("./toaster"))

/** Shows a message in the notifications region. Errors stay until dismissed. */
export function toast(message: string, options?: { tone?: ToastTone }) {
  toaster.start().then(
    (m) => m.show(message, options?.tone ?? "info"),
    (e: unknown) =>
      console.error(`The notifications did not load: ${message}`, e),
  )
}

/**
 * The notifications region, once in the dashboard's layout. Until sonner has loaded, an
 * empty region with the same name stands in, so it exists from the first paint and
 * screen readers announce the messages added to it later.
 */
export function Notifications() {
  const loaded = toaster.useModule()
  useEffect(
    () =>
      whenIdle(
        () =>
          void toaster
            .start()
            .catch((e: unknown) =>
              console.error("The notifications did not load.", e),
            ),
      ),
    [],
  )
  if (loaded) return <loaded.Toaster />
  return (
    <section
      aria-label={NOTIFICATIONS_LABEL}
      tabIndex={-1}
      aria-live="polite"
      aria-relevant="additions text"
      aria-atomic="false"
    />
  )
}

/** sonner's own name for its region: it says the shortcut that moves focus there. */
export const NOTIFICATIONS_LABEL = "Notifications alt+T"
