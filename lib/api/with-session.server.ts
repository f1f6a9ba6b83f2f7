import "server-only"

import type { z } from "zod"

import {
  getUpstreamSession,
  refreshUpstreamSession,
  type UpstreamSession,
} from "@/lib/auth/session.server"
import { isTokenExpired } from "@/lib/ads-api/upstream-error"
import { startBudget, type WaitBudget } from "@/lib/ads-api/wait-budget"
import { env } from "@/lib/env.server"
import type { Permission } from "@/lib/link-rules/caller"

import { ApiError, toApiError } from "./errors"
import { assertSameOrigin, isWriteMethod } from "./origin"
import { MAX_BODY_BYTES, readJsonBody } from "./read-body"

export type { Permission }
type Params = Record<string, string | string[] | undefined>
type BodyOf<S> = S extends z.core.$ZodType ? z.output<S> : undefined

export interface WithSessionOptions<S extends z.core.$ZodType | undefined> {
  /** Check Origin even for a GET; unsafe methods are always checked. */
  write?: boolean
  /** The JSON body's schema; without one the body is not read. */
  body?: S
  maxBodyBytes?: number
  /** A permission every caller of this route needs. */
  permission?: Permission
  /** Checks that depend on the body (e.g. customer links need more): a refusal message, or null. */
  authorize?: (session: UpstreamSession, body: BodyOf<S>) => string | null
}

export interface ReadContext<P> {
  req: Request
  session: UpstreamSession
  params: P
  /** Also in the logs, next to any error detail. */
  requestId: string
}

export interface HandlerContext<B, P> extends ReadContext<P> {
  body: B
  /**
   * Refreshes the upstream session once per request (its cookie is set on the response);
   * null when that failed. A write reports an upstream 109 per row, so only those rows are
   * sent again; the handler itself is never run twice.
   */
  refreshSession: () => Promise<UpstreamSession | null>
  /** How long this request may still wait on Microsoft (one per request, re-runs included). */
  budget: WaitBudget
}

export interface RouteContext<P> {
  params: Promise<P>
}

type Handler<C> = (ctx: C) => Promise<Response> | Response

/**
 * The one pipeline every route goes through. Order: session → origin → body size → JSON + schema
 * → role permission → handler, so nothing reaches the upstream API before every check has
 * passed. Every error becomes `{ error: { code, message, … } }`. `rerun` is only for reads.
 */
function pipeline<S extends z.core.$ZodType | undefined, P extends Params>(
  options: WithSessionOptions<S>,
  handler: Handler<HandlerContext<BodyOf<S>, P>>,
  rerun: boolean,
) {
  return async (req: Request, route?: RouteContext<P>): Promise<Response> => {
    const requestId = crypto.randomUUID()
    const budget = startBudget()
    const setCookies: string[] = []
    try {
      const session = await getUpstreamSession(req)
      if (!session) throw new ApiError("unauthorized")
      if (options.write || isWriteMethod(req.method))
        assertSameOrigin(req, {
          appUrl: env.nextAuthUrl,
          trustProxy: env.trustProxy,
        })
      const body = (
        options.body
          ? await readJsonBody(
              req,
              options.body,
              options.maxBodyBytes ?? MAX_BODY_BYTES,
            )
          : undefined
      ) as BodyOf<S>
      authorize(options, session, body)
      const params = route ? await route.params : ({} as P)

      let refreshing: Promise<UpstreamSession | null> | null = null
      const refreshSession = () =>
        (refreshing ??= refreshUpstreamSession(req, session).then((r) => {
          if (!r.persisted) setCookies.push(...r.setCookie)
          return r.session
        }))
      const run = (s: UpstreamSession) =>
        handler({
          req,
          session: s,
          body,
          params,
          requestId,
          refreshSession,
          budget,
        })

      let response: Response
      try {
        response = await run(session)
      } catch (e) {
        if (!isTokenExpired(e)) throw e
        // A write may have sent rows before the 109: never run it again.
        const next = rerun && !refreshing ? await refreshSession() : null
        if (!next)
          throw new ApiError("session_expired", { trackingId: e.trackingId })
        response = await run(next)
      }
      return withCookies(response, setCookies)
    } catch (e) {
      return withCookies(toApiError(e, requestId).toResponse(), setCookies)
    }
  }
}

/**
 * For reads (GET): no body, and the handler may run twice, once more with a refreshed session
 * after an upstream 109, so it must change nothing.
 */
export function withSession<P extends Params = Params>(
  options: Pick<WithSessionOptions<undefined>, "write" | "permission">,
  handler: Handler<ReadContext<P>>,
) {
  return pipeline<undefined, P>(options, handler, true)
}

/**
 * For writes: the handler runs exactly once. It resends the rows refused for an expired token
 * through its service (lib/link-writes/expired-token.ts); a 109 thrown out of it answers session_expired.
 */
export function withWriteSession<
  S extends z.core.$ZodType | undefined = undefined,
  P extends Params = Params,
>(
  options: WithSessionOptions<S>,
  handler: Handler<HandlerContext<BodyOf<S>, P>>,
) {
  return pipeline<S, P>(options, handler, false)
}

function authorize<S extends z.core.$ZodType | undefined>(
  options: WithSessionOptions<S>,
  session: UpstreamSession,
  body: BodyOf<S>,
): void {
  if (options.permission && !session.permissions[options.permission])
    throw new ApiError("forbidden")
  const refusal = options.authorize?.(session, body)
  if (refusal) throw new ApiError("forbidden", { message: refusal })
}

/** The rotated session cookie, when next/headers could not queue it itself. */
function withCookies(response: Response, cookies: string[]): Response {
  if (cookies.length === 0) return response
  let out = response
  try {
    for (const c of cookies) out.headers.append("Set-Cookie", c)
  } catch {
    // Headers of a fetched Response are immutable: copy it.
    out = new Response(response.body, response)
    for (const c of cookies) out.headers.append("Set-Cookie", c)
  }
  return out
}
