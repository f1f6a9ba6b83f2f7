import { describe, expect, it } from "vitest"

import {
  clearDraft,
  type DraftStorage,
  draftKey,
  loadDraft,
  saveDraft,
} from "./draft"
import { accountRow } from "./rows.test-support"

class MemoryStorage implements DraftStorage {
  data = new Map<string, string>()
  getItem = (k: string) => this.data.get(k) ?? null
  setItem = (k: string, v: string) => void this.data.set(k, v)
  removeItem = (k: string) => void this.data.delete(k)
}

describe("draft storage", () => {
  const key = draftKey("u1", "c1")

  it("keys drafts by user and customer", () => {
    expect(key).not.toBe(draftKey("u1", "c2"))
    expect(key).not.toBe(draftKey("u2", "c1"))
  })

  it("round-trips rows and outcomes, dropping outcomes of removed rows", () => {
    const storage = new MemoryStorage()
    const row = accountRow()
    expect(
      saveDraft(storage, key, {
        rows: [row],
        outcomes: { [row.key]: { state: "sent" }, gone: { state: "sent" } },
      }),
    ).toBe(true)
    const draft = loadDraft(storage, key)
    expect(draft?.rows).toEqual([row])
    expect(draft?.outcomes).toEqual({ [row.key]: { state: "sent" } })
  })

  it("restores a row caught mid-request as failed, retryable, outcome unknown", () => {
    const storage = new MemoryStorage()
    const row = accountRow()
    saveDraft(storage, key, {
      rows: [row],
      outcomes: { [row.key]: { state: "sending", identity: "id-1" } },
    })
    expect(loadDraft(storage, key)?.outcomes[row.key]).toMatchObject({
      state: "failed",
      retryable: true,
      unknownFor: "id-1",
    })
  })

  it("ignores unreadable or foreign data and survives a refusing storage", () => {
    const storage = new MemoryStorage()
    storage.setItem(key, "{not json")
    expect(loadDraft(storage, key)).toBeNull()
    storage.setItem(key, JSON.stringify({ version: 2, rows: [] }))
    expect(loadDraft(storage, key)).toBeNull()
    const full: DraftStorage = {
      getItem: () => {
        throw new Error("denied")
      },
      setItem: () => {
        throw new Error("quota")
      },
      removeItem: () => {},
    }
    expect(saveDraft(full, key, { rows: [accountRow()], outcomes: {} })).toBe(
      false,
    )
    expect(loadDraft(full, key)).toBeNull()
    clearDraft(storage, key)
    expect(storage.data.size).toBe(0)
  })
})
