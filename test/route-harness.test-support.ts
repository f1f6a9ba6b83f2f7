import type { UpstreamSession } from "@/lib/auth/session.server"
import { createClientLinksClient } from "@/lib/ads-api/client.server"
import type { UpstreamIdentity } from "@/lib/ads-api/upstream.server"
import type { LinkKey } from "@/lib/contract/writes"
import { permissionsFor, roleName } from "@/lib/link-rules/roles"
import { startEmulatorServer } from "@/lib/emulator/node-server"
import { SANDBOX_DEVELOPER_TOKEN } from "@/lib/emulator/options"
import type { ClientLink } from "@/lib/ads-api/wire"

/**
 * Route tests call `POST` directly; the upstream is the project's emulator on its own port,
 * reached over real HTTP through a fetch that records every call, so "nothing was
 * forwarded" is a plain assertion (and the emulator's request log says the same). Each
 * call keeps when it was sent (performance.now()), for tests of pauses between calls.
 */
export const APP_ORIGIN = "http://localhost:3000"

export async function startUpstream(links = 60) {
  const server = await startEmulatorServer({ links, seed: 1 })
  const { emulator } = server
  const calls: { method: string; path: string; body: unknown; at: number }[] =
    []
  /** Runs after each answered call: a test's way to change the world mid-request. */
  let afterCall: (() => void) | null = null
  /** What `at` is read from; a test with a fake clock sets its own. */
  let now = () => performance.now()
  let inFlight = 0
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const at = now()
    inFlight++
    try {
      const req = new Request(input, init)
      const text = await req.clone().text()
      calls.push({
        method: req.method,
        path: new URL(req.url).pathname,
        body: text ? (JSON.parse(text) as unknown) : null,
        at,
      })
      const res = await globalThis.fetch(req)
      // Read whole here, so a call counts as in flight until its answer is in.
      const answer = new Response(await res.arrayBuffer(), {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      })
      afterCall?.()
      return answer
    } finally {
      inFlight--
    }
  }
  const { state } = emulator

  /** A session as the auth helper builds it, with a real emulator access token. */
  function sessionFor(email: string, customerId?: string): UpstreamSession {
    const user = state.userByEmail(email)
    if (!user) throw new Error(`no persona ${email}`)
    const role = user.roles.find(
      (r) => r.CustomerId === (customerId ?? user.CustomerId),
    )
    if (!role) throw new Error(`${email} has no role there`)
    const customer = state.directory.customers.get(role.CustomerId)
    if (!customer) throw new Error(`no customer ${role.CustomerId}`)
    const { accessToken } = state.tokens.issueTokens(
      user.Id,
      "linkdesk-test",
      "msads.manage",
      false,
    )
    const r = roleName(role.RoleId)
    return {
      user: {
        id: user.Id,
        email: user.Email,
        name: `${user.FirstName} ${user.LastName}`,
        phone: user.Phone,
      },
      customer: {
        id: customer.Id,
        name: customer.Name,
        number: customer.Number,
        kind: customer.Id === state.plan.clientCustomerId ? "client" : "agency",
        role: r,
      },
      customers: user.roles.flatMap((x) => {
        const c = state.directory.customers.get(x.CustomerId)
        return c ? [{ id: c.Id, name: c.Name, number: c.Number }] : []
      }),
      accessToken,
      permissions: permissionsFor(r),
    }
  }

  const clientFor = (s: UpstreamIdentity) =>
    createClientLinksClient({
      baseUrl: server.url,
      accessToken: s.accessToken,
      developerToken: SANDBOX_DEVELOPER_TOKEN,
      customerId: s.customer.id,
      fetch,
    })

  /** Moves the emulator clock past the access-token lifetime: the next call gets a 109. */
  const expireTokens = () =>
    state.clock.advance(state.tokens.accessTtlSeconds + 60)

  /** The main agency's seeded links (≤100: one page), read as its Super Admin; logs cleared after. */
  async function agencyLinks(): Promise<ClientLink[]> {
    const admin = sessionFor("admin@contoso.example")
    const found = await clientFor(admin).searchClientLinks({
      Predicates: [
        {
          Field: "DirectManagingCustomerId",
          Operator: "Equals",
          Value: admin.customer.id,
        },
      ],
      PageInfo: { Index: 0, Size: 100 },
    })
    calls.length = 0
    state.log.length = 0
    return found.data.ClientLinks ?? []
  }

  return {
    close: () => server.close(),
    agencyLinks,
    emulator,
    state,
    plan: state.plan,
    calls,
    sessionFor,
    clientFor,
    expireTokens,
    onAfterCall: (fn: (() => void) | null) => (afterCall = fn),
    /** Calls sent and not answered yet. */
    inFlight: () => inFlight,
    setNow: (fn: () => number) => (now = fn),
  }
}
/** The pair a status request names a link by. */
export const linkKey = (l: ClientLink): LinkKey => ({
  Type: l.Type ?? "AccountLink",
  ClientEntityId: l.ClientEntityId ?? "",
  ManagingCustomerId: l.ManagingCustomerId ?? "",
})

export type Upstream = Awaited<ReturnType<typeof startUpstream>>

interface PostInit {
  /** null: send no Origin header. */
  origin?: string | null
  headers?: Record<string, string>
}

/** A browser-like POST to one of our routes: same-origin, JSON. */
export function post(
  path: string,
  body: unknown,
  init: PostInit = {},
): Request {
  const origin = init.origin === undefined ? APP_ORIGIN : init.origin
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    ...(origin ? { Origin: origin } : {}),
    ...init.headers,
  }
  return new Request(`${APP_ORIGIN}${path}`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  })
}

/** A POST whose body is streamed without a Content-Length, `bytes` long. */
export function streamedPost(path: string, bytes: number): Request {
  const chunk = new TextEncoder().encode(" ".repeat(64 * 1024))
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      controller.enqueue(chunk)
      sent += chunk.byteLength
    },
  })
  return new Request(`${APP_ORIGIN}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: APP_ORIGIN },
    body,
    duplex: "half",
  } as RequestInit)
}
