import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import {
  act,
  render,
  renderHook,
  screen,
  waitFor,
} from "@testing-library/react"
import type { ReactNode } from "react"
import { afterEach, describe, expect, it, vi } from "vitest"

import { ERROR_CODES } from "@/lib/ads-api/error-codes"
import type { GridRow } from "@/lib/contract/grid"

import { RowFailureNote } from "../columns-shared"
import { postStatus } from "./post-status"
import { useStatusAction } from "./use-status-action"
import { reply } from "@/test/json-response.test-support"

const row = (clientId: string): GridRow => ({
  key: `AccountLink:${clientId}:2`,
  type: "AccountLink",
  clientId,
  clientNumber: null,
  clientName: `Client ${clientId}`,
  clientCustomerNumber: null,
  managerId: "2",
  managerNumber: null,
  managerName: null,
  status: "LinkPending",
  name: null,
  note: null,
  inviterName: null,
  inviterEmail: null,
  isBillToClient: true,
  startDate: null,
  lastModified: null,
  lastModifiedBy: null,
  expiresAt: null,
  daysLeft: null,
  stuck: false,
  scheduled: false,
  modifiedBy: null,
})

const dropped = () => Promise.reject(new TypeError("Failed to fetch"))

afterEach(() => vi.unstubAllGlobals())

describe("postStatus", () => {
  it("keeps Microsoft's refusal of a row as an upstream error, with its help", async () => {
    const error = {
      code: ERROR_CODES.InternalError.code,
      message: "x",
      details: null,
      trackingId: "t1",
      retryable: false,
    }
    const out = await postStatus(
      "cancel",
      [row("1"), row("3")],
      reply(200, { results: [{ ok: true }, { ok: false, errors: [error] }] }),
    )
    expect(out).toEqual([
      { ok: true },
      {
        ok: false,
        failure: {
          source: "upstream",
          errors: [
            { ...error, help: ERROR_CODES.InternalError.help, detail: "x" },
          ],
        },
      },
    ])
  })

  it.each([
    [
      "no answer",
      dropped,
      "network",
      null,
      /^No answer from Linkdesk: check your connection/,
    ],
    [
      "our 401",
      reply(401, { error: { code: "unauthorized", message: "Sign in." } }),
      "route",
      401,
      /^Your sign-in expired/,
    ],
    [
      "our 429",
      reply(
        429,
        { error: { code: "throttled", message: "Slow." } },
        { "Retry-After": "7" },
      ),
      "route",
      429,
      /^Too many requests, try again in 7 s\.$/,
    ],
  ] as const)(
    "reports %s as a failure of ours, never as a Microsoft code",
    async (_, fetchImpl, kind, status, message) => {
      const [out] = await postStatus("cancel", [row("1")], fetchImpl)
      expect(out).toMatchObject({
        ok: false,
        failure: { source: "local", local: { kind, status } },
      })
      if (out?.ok !== false || out.failure.source !== "local")
        throw new Error("expected a local failure")
      expect(out.failure.local.message).toMatch(message)
      render(<RowFailureNote failure={out.failure} />)
      expect(screen.getByText(message)).toBeTruthy()
      expect(document.body.textContent).not.toMatch(/code|internal error/i)
    },
  )

  it("calls an answer with the wrong number of rows unreadable", async () => {
    const [out] = await postStatus(
      "cancel",
      [row("1"), row("3")],
      reply(200, { results: [{ ok: true }] }),
    )
    expect(out).toMatchObject({
      ok: false,
      failure: { source: "local", local: { kind: "unreadable" } },
    })
  })
})

/** The hook inside a fresh query client and the toasts it reports to. */
function renderStatusAction(onFailedKeys: (keys: string[]) => void) {
  const client = new QueryClient({
    defaultOptions: { mutations: { retry: false } },
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return renderHook(() => useStatusAction(onFailedKeys), { wrapper })
}

describe("useStatusAction", () => {
  it("records a dropped request on every row and offers it for retry", async () => {
    vi.stubGlobal("fetch", vi.fn(dropped))
    const onFailedKeys = vi.fn()
    const { result } = renderStatusAction(onFailedKeys)
    const rows = [row("1"), row("3")]
    act(() => result.current.run("cancel", rows))
    await waitFor(() => expect(result.current.pending).toBe(false))
    await waitFor(() => expect(result.current.failed?.rows).toEqual(rows))
    expect(onFailedKeys).toHaveBeenCalledWith(rows.map((r) => r.key))
    for (const r of rows)
      expect(result.current.rowErrors.get(r.key)).toMatchObject({
        source: "local",
        local: { kind: "network", status: null },
      })
  })

  it("resends only the rows not sent once Microsoft's wait is over, even if the tab's timers ran late", async () => {
    const rowError = {
      code: 117,
      message: "Too many requests.",
      details: null,
      trackingId: null,
      retryable: true,
    }
    const bodies: unknown[] = []
    const answers = [
      {
        results: [
          { ok: true },
          {
            ok: false,
            notSent: "throttled",
            retryAfter: 30,
            errors: [rowError],
          },
        ],
      },
      { results: [{ ok: true }] },
    ]
    vi.stubGlobal(
      "fetch",
      vi.fn((_url: string, init?: RequestInit) => {
        bodies.push(JSON.parse(init?.body as string))
        return Promise.resolve(Response.json(answers[bodies.length - 1]))
      }),
    )
    vi.useFakeTimers({ toFake: ["Date"] })
    try {
      const { result } = renderStatusAction(vi.fn())
      act(() => result.current.run("cancel", [row("1"), row("2")]))
      await waitFor(() => expect(result.current.waiting?.seconds).toBe(30))
      expect(result.current.waiting?.rows.map((r) => r.clientId)).toEqual(["2"])

      // A background tab: the next tick comes after the whole wait has passed.
      vi.setSystemTime(Date.now() + 31_000)
      await waitFor(() => expect(bodies).toHaveLength(2), { timeout: 3_000 })
      expect(bodies[1]).toMatchObject({
        action: "cancel",
        links: [{ ClientEntityId: "2" }],
      })
      await waitFor(() => expect(result.current.pending).toBe(false))
      expect(result.current.waiting).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
