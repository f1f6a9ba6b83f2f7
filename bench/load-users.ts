import { performance } from "node:perf_hooks"

import { PAGE_SIZES, SORT_KEYS, SORT_ORDERS, VIEW_IDS } from "@/lib/grid/views"

import { type CookieJar, go, signInToApp } from "./signin"

/**
 * The virtual users of `bench/load-test.ts`: each signs in through the real OAuth flow
 * with its own cookie jar, as one of the emulator's personas on one of its customers, then
 * searches and pages through its grid the way a person does: the page, then a random walk
 * of next page, sort, status view, text filter and page size, with a short think time.
 */

export interface Persona {
  email: string
  roles: { customerId: string; customerName: string }[]
}

/** Who a virtual user is: the persona and the customer selected in its session. */
export interface Seat {
  email: string
  customerId: string
  customerName: string
}

/** Every (persona, customer) pair, so users spread over all of them round-robin. */
export const seatsOf = (personas: Persona[]): Seat[] =>
  personas.flatMap((p) =>
    p.roles.map((r) => ({
      email: p.email,
      customerId: r.customerId,
      customerName: r.customerName,
    })),
  )

/** A signed-in virtual user: its jar, and whether its customer is an agency or a client. */
export interface SignedIn {
  jar: CookieJar
  kind: "agency" | "client"
}

/** Signs in and, for a customer other than the first, switches to it (next-auth update). */
export async function signInSeat(app: string, seat: Seat): Promise<SignedIn> {
  const jar = await signInToApp(app, seat.email)
  const me = async () => {
    const res = await go(`${app}/api/me`, jar)
    const body = (await res.json()) as {
      customer?: { id: string; kind: "agency" | "client" }
    }
    if (!body.customer) throw new Error(`${seat.email}: /api/me ${res.status}`)
    return body.customer
  }
  let customer = await me()
  if (customer.id !== seat.customerId) {
    const csrf = await go(`${app}/api/auth/csrf`, jar)
    const { csrfToken } = (await csrf.json()) as { csrfToken: string }
    await go(`${app}/api/auth/session`, jar, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        csrfToken,
        data: { customerId: seat.customerId },
      }),
    })
    customer = await me()
  }
  if (customer.id !== seat.customerId)
    throw new Error(`${seat.email}: switch to ${seat.customerId} failed`)
  return { jar, kind: customer.kind }
}

/** What one request was, for the per-kind figures. */
export type Kind = "page" | "first" | "next" | "sort" | "view" | "filter"

export interface Sample {
  kind: Kind
  ms: number
  /** HTTP status; 0 when no answer came ("timeout" or another failure). */
  status: number
  /**
   * Our `{ error: { code } }` of an error answer ("not-ours" for another body), "timeout",
   * "malformed-body" for a 200 that is not the grid's JSON; null otherwise.
   */
  code: string | null
}

export interface LoopLimits {
  /** Epoch ms: when the first user arrives. */
  startAt: number
  /** Users arrive one after another, spread evenly over this long. */
  rampMs: number
  endAt: number
  maxIterations: number
  thinkMs: number
  timeoutMs: number
}

const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(Math.random() * items.length)] as T

/** Our error answer's `{ error: { code } }`; "not-ours" when the body is not that shape. */
function errorCode(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown } }
    return typeof body.error?.code === "string" ? body.error.code : "not-ours"
  } catch {
    return "not-ours"
  }
}

/** One user's loop until `endAt` or `maxIterations`; every request becomes a Sample. */
export async function runUser(
  app: string,
  user: SignedIn,
  index: number,
  users: number,
  limits: LoopLimits,
  record: (s: Sample) => void,
): Promise<void> {
  const home = user.kind === "client" ? "/invitations" : "/links"
  const defaultView = user.kind === "client" ? "pending" : "all"
  const cookie = user.jar.header()
  const q = { view: defaultView, q: "", sort: "lastModified", order: "desc" }
  let page = 1
  let pageSize: number = PAGE_SIZES[0]
  let pages = 1
  let names: string[] = []

  const call = async (kind: Kind, path: string) => {
    const t0 = performance.now()
    let status = 0
    let code: string | null = null
    try {
      const res = await fetch(`${app}${path}`, {
        headers: { cookie },
        redirect: "manual",
        signal: AbortSignal.timeout(limits.timeoutMs),
      })
      const text = await res.text()
      status = res.status
      code = res.ok ? null : errorCode(text)
      if (res.ok && kind !== "page") {
        code = "malformed-body"
        const body = JSON.parse(text) as {
          total: number
          rows: { clientName: string | null }[]
        }
        pages = Math.max(1, Math.ceil(body.total / pageSize))
        names = body.rows.flatMap((r) => (r.clientName ? [r.clientName] : []))
        code = null
      }
    } catch (e) {
      // No answer in time, no connection, or a 200 whose body is not the grid's JSON.
      if (e instanceof Error && e.name === "TimeoutError") code = "timeout"
    }
    const sample: Sample = { kind, ms: performance.now() - t0, status, code }
    record(sample)
  }
  const grid = (kind: Kind) => {
    // As the grid writes it (toSearchParams): empty values stay out of the URL.
    const params = new URLSearchParams(
      Object.entries({
        ...q,
        page: String(page),
        pageSize: String(pageSize),
      }).filter(([, v]) => v !== ""),
    )
    return call(kind, `/api/client-links?${params}`)
  }

  const arrival = limits.startAt + (limits.rampMs * index) / users
  await new Promise((r) => setTimeout(r, arrival - Date.now()))
  await call("page", home)
  await grid("first")
  for (let i = 0; i < limits.maxIterations && Date.now() < limits.endAt; i++) {
    await new Promise((r) => setTimeout(r, Math.random() * limits.thinkMs))
    const roll = Math.random()
    if (roll < 0.4 && page < pages) {
      page++
      await grid("next")
      continue
    }
    page = 1
    if (roll < 0.55) {
      q.sort = pick(SORT_KEYS)
      q.order = pick(SORT_ORDERS)
      await grid("sort")
    } else if (roll < 0.7) {
      q.view = pick(VIEW_IDS)
      await grid("view")
    } else if (roll < 0.85) {
      // A few letters of a name on screen, or a clear of the filter.
      const name = names.length > 0 && !q.q ? pick(names) : ""
      q.q = name.slice(0, 3 + Math.floor(Math.random() * 4))
      await grid("filter")
    } else if (roll < 0.9) {
      pageSize = pick(PAGE_SIZES)
      await grid("first")
    } else if (roll < 0.95) {
      await grid("first")
    } else await call("page", home)
  }
}
