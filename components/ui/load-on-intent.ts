"use client"

import { useSyncExternalStore } from "react"

/**
 * Code a page needs only once the user reaches for it (a menu, a tooltip): fetched on the
 * first sign of intent (hover, focus, press) instead of with the page. `useModule()` is
 * undefined until it has loaded (and while hydrating), then every user re-renders with it.
 */
export function loadOnIntent<M>(load: () => Promise<M>) {
  let loaded: M | undefined
  let pending: Promise<M> | undefined
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  return {
    start(): Promise<M> {
      pending ??= load().then(
        (m) => {
          loaded = m
          for (const listener of listeners) listener()
          return m
        },
        (e: unknown) => {
          pending = undefined // the next intent tries again
          throw e
        },
      )
      return pending
    },
    useModule: () =>
      useSyncExternalStore(
        subscribe,
        () => loaded,
        () => undefined,
      ),
  }
}
