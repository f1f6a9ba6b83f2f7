import type { GatherProgress, LinkRow } from "@/lib/contract/grid"
import { type SelectQuery, type Selection, selectRows, sortRows } from "./query"
import { toGridRow } from "./link-rows"
import type { SortKey, SortOrder } from "./views"
import {
  type GatherClient,
  type GatherTarget,
  walkLinks,
  type WalkOptions,
  type WalkProgress,
} from "./gather-walk"

export interface GatherSnapshot {
  complete: boolean
  progress: GatherProgress
  gatheredAt: Date
  /** Every row gathered so far, in the requested order (memoised per version). */
  sorted: (sort: SortKey, order: SortOrder) => LinkRow[]
  /** One view's filtered rows in order, and every view's counts (memoised per version). */
  select: (query: SelectQuery & Sorting) => Selection
}

interface Sorting {
  sort: SortKey
  order: SortOrder
}

/**
 * Selections kept per version: each holds at most one array of references the size of
 * the run, and the grid asks for few distinct ones (a view, a search) at a time.
 */
export const MAX_SELECTIONS = 16

export type RunOptions = Pick<
  WalkOptions,
  "concurrency" | "sleep" | "retry" | "maxPages"
>

/** One gather of one customer's links: what has arrived so far, progress, outcome. */
export class GatherRun {
  private readonly rows = new Map<string, LinkRow>()
  private readonly controller = new AbortController()
  private progress: WalkProgress = { calls: 0, done: null, total: null }
  private version = 0
  private memo = new Map<string, LinkRow[]>()
  private selections = new Map<string, Selection>()
  private memoVersion = -1
  readonly startedAt = Date.now()
  finishedAt = 0
  complete = false
  failed = false
  /** Dropped from the cache (the user's own write, eviction) and aborted: a newer run replaces it. */
  superseded = false
  error: unknown = null
  readonly done: Promise<void>

  private constructor(
    client: GatherClient,
    target: GatherTarget,
    options: RunOptions,
  ) {
    this.done = walkLinks(client, target, {
      ...options,
      signal: this.controller.signal,
      onProgress: (p) => (this.progress = p),
      onLinks: (links) => {
        const now = Date.now()
        for (const link of links) {
          const row = toGridRow(link, now)
          if (row) this.rows.set(row.key, row)
        }
        this.version++
      },
    }).then(
      () => {
        this.complete = true
        this.finishedAt = Date.now()
      },
      (e: unknown) => {
        this.failed = true
        this.error = e
        this.finishedAt = Date.now()
      },
    )
  }

  static start(
    client: GatherClient,
    target: GatherTarget,
    options: RunOptions = {},
  ) {
    return new GatherRun(client, target, options)
  }

  get size(): number {
    return this.rows.size
  }

  get durationMs(): number {
    return (this.finishedAt || Date.now()) - this.startedAt
  }

  /** Stops the walk; requests waiting on this run gather afresh (see awaitGathered). */
  supersede(): void {
    this.superseded = true
    this.controller.abort()
  }

  snapshot(): GatherSnapshot {
    return {
      complete: this.complete,
      progress: { links: this.rows.size, ...this.progress },
      gatheredAt: new Date(this.finishedAt || Date.now()),
      sorted: (sort, order) => this.sorted(sort, order),
      select: (query) => this.select(query),
    }
  }

  /** Drops what was derived from an older version of the rows. */
  private current(): void {
    if (this.memoVersion === this.version) return
    this.memo.clear()
    this.selections.clear()
    this.memoVersion = this.version
  }

  private sorted(sort: SortKey, order: SortOrder): LinkRow[] {
    this.current()
    const key = `${sort}:${order}`
    let hit = this.memo.get(key)
    if (!hit) {
      hit = sortRows([...this.rows.values()], sort, order)
      this.memo.set(key, hit)
    }
    return hit
  }

  private select(q: SelectQuery & Sorting): Selection {
    this.current()
    const key = JSON.stringify([
      q.sort,
      q.order,
      q.view,
      q.q,
      q.accounts,
      q.customers,
    ])
    let hit = this.selections.get(key)
    if (hit) {
      // Least recently used goes first: move the hit to the end.
      this.selections.delete(key)
    } else {
      hit = selectRows(this.sorted(q.sort, q.order), q)
      const oldest = this.selections.keys().next()
      if (this.selections.size >= MAX_SELECTIONS && !oldest.done)
        this.selections.delete(oldest.value)
    }
    this.selections.set(key, hit)
    return hit
  }
}
