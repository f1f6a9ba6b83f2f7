"use client"

import { useSyncExternalStore } from "react"

import type { RowOutcome } from "@/lib/invite/outcomes"

export type Outcomes = Readonly<Record<string, RowOutcome>>

/**
 * Row outcomes live outside React state: the send loop reads the latest outcome of a row
 * between requests, and the draft saver writes each change at once, without refs or effects
 * racing a render.
 */
export class OutcomeStore {
  private value: Outcomes
  private readonly listeners = new Set<() => void>()

  constructor(initial: Outcomes = {}) {
    this.value = initial
  }

  get = (): Outcomes => this.value

  set = (update: (all: Outcomes) => Outcomes): void => {
    this.value = update(this.value)
    for (const listener of this.listeners) listener()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

export function useOutcomes(store: OutcomeStore): Outcomes {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
