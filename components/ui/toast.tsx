"use client"

import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from "react"

import { cn } from "@/lib/utils"

export type ToastTone = "info" | "success" | "error"
type ToastItem = { id: number; message: string; tone: ToastTone }
type ToastFn = (
  message: string,
  options?: { tone?: ToastTone; durationMs?: number },
) => void

const ToastContext = createContext<ToastFn | null>(null)

const toneClass: Record<ToastTone, string> = {
  info: "border-border",
  success: "border-status-active/40",
  error: "border-status-attention/50",
}

/**
 * Toasts render inside one polite live region that exists from the first
 * paint, so screen readers announce messages added later.
 */
export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const nextId = useRef(0)
  // While the pointer or keyboard focus is on a toast, none expires (WCAG 2.2.1).
  const held = useRef(false)

  const dismiss = useCallback(
    (id: number) => setItems((all) => all.filter((t) => t.id !== id)),
    [],
  )

  const toast = useCallback<ToastFn>(
    (message, options) => {
      const id = ++nextId.current
      setItems((all) => [
        ...all.slice(-3),
        { id, message, tone: options?.tone ?? "info" },
      ])
      // Errors stay until dismissed: a person may need the time to read or act on them.
      const ms =
        options?.durationMs ?? (options?.tone === "error" ? null : 5000)
      if (ms === null) return
      const expire = () =>
        held.current ? setTimeout(expire, 1000) : dismiss(id)
      setTimeout(expire, ms)
    },
    [dismiss],
  )

  const value = useMemo(() => toast, [toast])

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        role="status"
        aria-label="Notifications"
        aria-atomic="false"
        onMouseEnter={() => (held.current = true)}
        onMouseLeave={() => (held.current = false)}
        onFocus={() => (held.current = true)}
        onBlur={() => (held.current = false)}
        className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2"
      >
        {items.map((t) => (
          <div
            key={t.id}
            className={cn(
              "bg-surface pointer-events-auto flex items-start gap-3 rounded-lg border px-3 py-2.5 text-[13px] shadow-lg",
              toneClass[t.tone],
            )}
          >
            <p className="flex-1">{t.message}</p>
            <button
              type="button"
              onClick={() => dismiss(t.id)}
              className="text-fg-muted hover:text-fg rounded text-xs"
            >
              Dismiss
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export function useToast(): ToastFn {
  const toast = useContext(ToastContext)
  if (!toast) throw new Error("useToast must be used inside <ToastProvider>")
  return toast
}
