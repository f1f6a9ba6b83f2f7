import type { GatherProgress, GridRow } from "./grid-schema"
import { sortRows } from "./grid-query"
import { toGridRow } from "./grid-rows"
import type { SortKey, SortOrder } from "./grid-views"
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
  sorted: (sort: SortKey, order: SortOrder) => GridRow[]
}

export type RunOptions = Pick<
  WalkOptions,
  "concurrency" | "sleep" | "retry" | "maxPages"
>

/** One gather of one customer's links: what has arrived so far, progress, outcome. */
export class GatherRun {
  private readonly rows = new Map<string, GridRow>()
  private readonly controller = new AbortController()
  private progress: WalkProgress = { calls: 0, done: null, total: null }
  private version = 0
  private memo = new Map<string, GridRow[]>()
  private memoVersion = -1
  readonly startedAt = Date.now()
  finishedAt = 0
  complete = false
  failed = false
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

  abort(): void {
    this.controller.abort()
  }

  snapshot(): GatherSnapshot {
    return {
      complete: this.complete,
      progress: { links: this.rows.size, ...this.progress },
      gatheredAt: new Date(this.finishedAt || Date.now()),
      sorted: (sort, order) => this.sorted(sort, order),
    }
  }

  private sorted(sort: SortKey, order: SortOrder): GridRow[] {
    if (this.memoVersion !== this.version) {
      this.memo.clear()
      this.memoVersion = this.version
    }
    const key = `${sort}:${order}`
    let hit = this.memo.get(key)
    if (!hit) {
      hit = sortRows([...this.rows.values()], sort, order)
      this.memo.set(key, hit)
    }
    return hit
  }
}
