import type { ClientLinkStatus } from "@/lib/link-rules/status"

/**
 * The grid's status views. The API cannot filter by status, so the server sorts every
 * gathered link into these itself. UnlinkCanceled is reserved and never produced
 * (docs/client-link-api.md, "Life cycle"): it only shows under All.
 */
export const VIEW_IDS = [
  "all",
  "pending",
  "active",
  "in-progress",
  "attention",
  "inactive",
] as const
export type ViewId = (typeof VIEW_IDS)[number]

export const VIEW_LABELS: Record<ViewId, string> = {
  all: "All",
  pending: "Pending",
  active: "Active",
  "in-progress": "In progress",
  attention: "Needs attention",
  inactive: "Inactive",
}

const VIEW_STATUSES: Record<Exclude<ViewId, "all">, ClientLinkStatus[]> = {
  pending: ["LinkPending"],
  active: ["Active"],
  "in-progress": [
    "LinkAccepted",
    "LinkInProgress",
    "UnlinkRequested",
    "UnlinkPending",
    "UnlinkInProgress",
  ],
  attention: [
    "LinkFailed",
    "LinkDeclined",
    "LinkExpired",
    "LinkCanceled",
    "UnlinkFailed",
  ],
  inactive: ["Inactive"],
}

const STATUS_VIEW = new Map<ClientLinkStatus, ViewId>(
  Object.entries(VIEW_STATUSES).flatMap(([view, statuses]) =>
    statuses.map((s) => [s, view as ViewId] as const),
  ),
)

/** The one view besides All a status belongs to, or null (UnlinkCanceled). */
export const viewOfStatus = (status: ClientLinkStatus): ViewId | null =>
  STATUS_VIEW.get(status) ?? null

/** What decides a row's views: its status, and whether it is stuck (see toGridRow). */
export interface ViewedRow {
  status: ClientLinkStatus
  stuck: boolean
}

/**
 * The views besides All a row belongs to: its status's view, and Needs attention too when
 * it is stuck in progress (so a stuck link counts under both In progress and Needs attention).
 */
export function viewsOfRow(row: ViewedRow): ViewId[] {
  const view = viewOfStatus(row.status)
  const views = view ? [view] : []
  if (row.stuck && view !== "attention") views.push("attention")
  return views
}

export const inView = (view: ViewId, row: ViewedRow): boolean =>
  view === "all" || viewsOfRow(row).includes(view)

export const IN_PROGRESS_STATUSES: ReadonlySet<ClientLinkStatus> = new Set(
  VIEW_STATUSES["in-progress"],
)

export type ViewCounts = Record<ViewId, number>

export const emptyCounts = (): ViewCounts => ({
  all: 0,
  pending: 0,
  active: 0,
  "in-progress": 0,
  attention: 0,
  inactive: 0,
})

/** The sortable columns: every column of the grid. */
export const SORT_KEYS = [
  "client",
  "clientNumber",
  "status",
  "billing",
  "inviter",
  "startDate",
  "lastModified",
  "name",
  "note",
] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const SORT_ORDERS = ["asc", "desc"] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

export const GRID_DEFAULTS = {
  view: "all",
  q: "",
  sort: "lastModified",
  order: "desc",
  page: 1,
  pageSize: 25,
} as const satisfies {
  view: ViewId
  q: string
  sort: SortKey
  order: SortOrder
  page: number
  pageSize: number
}

export const PAGE_SIZES = [25, 50, 100] as const
/** Most ids one filter takes: enough for a person, small enough for a URL. */
export const ID_FILTER_MAX = 50
