import type { RouteMatch } from "./api-routes"
import { authenticate } from "./auth"
import { truncate } from "./faults"
import { fault } from "./faults-wire"
import { JSON_TYPE, parseObject } from "./http"
import type { EmulatorState, RequestLogEntry } from "./state"
import type { OpResult } from "./types"

const clientEntityOf = (link: unknown): string => {
  if (!link || typeof link !== "object") return "?"
  const l = link as Record<string, unknown>
  const v = l.ClientEntityId ?? l.ClientEntityNumber
  return typeof v === "string" || typeof v === "number" ? String(v) : "?"
}

/**
 * One Customer Management call: injected faults first (nothing written), then
 * authentication, the per-customer rate limit, the body, and the operation itself.
 */
export async function apiCall(
  state: EmulatorState,
  request: Request,
  match: Exclude<RouteMatch, { kind: "none" }>,
  trackingId: string,
  changed: () => void,
): Promise<Response> {
  const operation =
    match.kind === "route" ? match.route.operation : match.operation
  const text = await request.text()
  const body = text.trim() === "" ? null : parseObject(text)
  const entry: RequestLogEntry = {
    operation,
    time: state.clock.now().toISOString(),
    email: null,
    customerId: request.headers.get("CustomerId"),
    links: Array.isArray(body?.ClientLinks) ? body.ClientLinks.length : null,
    clientEntities: Array.isArray(body?.ClientLinks)
      ? body.ClientLinks.map(clientEntityOf)
      : undefined,
    status: 0,
    trackingId,
    fault: null,
  }
  const answer = (
    r: OpResult,
    headers: Record<string, string> = {},
    raw?: string,
  ) => {
    entry.status = r.status
    state.record(entry)
    return new Response(raw ?? JSON.stringify(r.body), {
      status: r.status,
      headers: {
        "Content-Type": JSON_TYPE,
        TrackingId: trackingId,
        ...headers,
      },
    })
  }

  const decision = state.faults.decide(
    operation,
    request.headers.get("X-Emulator-Fault"),
  )
  if (decision.latencyMs > 0) await sleep(decision.latencyMs)
  if (decision.kind) entry.fault = `${decision.kind} (${decision.source})`
  if (decision.kind === "drop") {
    state.record(entry)
    return Response.error()
  }
  if (decision.kind === "status500")
    return answer(fault("InternalError", trackingId))
  if (decision.kind === "throttle")
    return answer(fault("CallRateExceeded", trackingId), {
      "Retry-After": String(decision.retryAfterSeconds),
    })

  const auth = authenticate(
    request,
    {
      tokens: state.tokens,
      directory: state.directory,
      developerTokens: state.options.developerTokens,
    },
    trackingId,
  )
  if ("fault" in auth) return answer(auth.fault)
  entry.email = auth.caller.user.Email
  if (!state.limiter.allow(auth.caller.user.CustomerId))
    return answer(fault("CallRateExceeded", trackingId), {
      "Retry-After": "60",
    })
  if (match.kind === "wrongMethod")
    return answer(
      fault(
        "NullRequest",
        trackingId,
        `${operation} does not take ${request.method}.`,
      ),
    )
  if (body === null)
    return answer(
      fault("NullRequest", trackingId, "The body must be a JSON object."),
    )

  state.links.tick()
  const result = match.route.run(state, auth.caller, body, trackingId)
  if (match.route.write && result.status === 200) changed()
  if (decision.kind === "malformed")
    return answer(result, {}, truncate(JSON.stringify(result.body)))
  return answer(result)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
