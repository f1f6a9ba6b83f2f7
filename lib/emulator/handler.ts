import { apiCall } from "./api-call"
import { matchApiRoute } from "./api-routes"
import { devEndpoint } from "./dev"
import { fault } from "./faults-wire"
import { json, newTrackingId } from "./http"
import type { LinkServiceFactory } from "./link-service"
import { createLinkService } from "./links"
import { authorize, type OAuthContext } from "./oauth"
import { token } from "./oauth-token"
import {
  resolveOptions,
  type EmulatorOptions,
  type EmulatorOptionsInput,
} from "./options"
import { createSaver, loadState } from "./persistence"
import { EmulatorState } from "./state"

/**
 * The emulator as one framework-free handler `(Request) => Promise<Response>`, mountable
 * under any prefix (`basePath`). Routes below the prefix:
 * - `/CustomerManagement/v13/...` the API (see api-routes.ts)
 * - `/oauth2/v2.0/authorize|token`, also with a tenant segment (`/common/oauth2/...`)
 * - `/_emulator/...` development endpoints (see dev.ts)
 * Every answer carries a `TrackingId` header.
 */
export interface Emulator {
  handle(request: Request): Promise<Response>
  readonly state: EmulatorState
  readonly options: EmulatorOptions
  /** Writes the state file now (when one is configured). */
  flush(): void
}

/**
 * A string only the emulator's code holds: scripts/check-no-emulator.mjs finds it in a
 * build that compiled the emulator, so a real-API build is proved to have left it out.
 */
export const EMULATOR_MARKER = "linkdesk-emulator-handler"

const OAUTH = /^(?:\/[^/]+)?\/oauth2\/v2\.0\/(authorize|token)$/
const DEV = /^\/_emulator\/([a-z]+)$/

/** `deps.createLinks` defaults to the real link service; tests may hand in a stand-in. */
export function createEmulator(
  input: EmulatorOptionsInput = {},
  deps: { createLinks?: LinkServiceFactory } = {},
): Emulator {
  const options = resolveOptions(input)
  const state = new EmulatorState(
    options,
    deps.createLinks ?? createLinkService,
  )
  if (options.stateFile) loadState(state, options.stateFile)
  const saver = createSaver(state, options.stateFile)
  const oauth: OAuthContext = {
    tokens: state.tokens,
    userByEmail: (e) => state.userByEmail(e),
    changed: saver.changed,
  }

  async function route(
    request: Request,
    trackingId: string,
  ): Promise<Response> {
    const url = new URL(request.url)
    const base = options.basePath
    if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`))
      return notFound()
    const path = url.pathname.slice(base.length) || "/"

    const api = matchApiRoute(request.method, path)
    if (api.kind !== "none")
      return apiCall(state, request, api, trackingId, saver.changed)
    const o = OAUTH.exec(path)
    if (o?.[1] === "authorize" && request.method === "GET")
      return authorize(request, oauth)
    if (o?.[1] === "token") return token(request, oauth)
    const d = DEV.exec(path)
    if (d?.[1]) {
      const r = await devEndpoint(state, d[1], request, saver.changed)
      if (r) return r
    }
    return notFound()
  }

  return {
    state,
    options,
    flush: saver.flush,
    async handle(request) {
      const trackingId = newTrackingId()
      let response: Response
      try {
        response = await route(request, trackingId)
      } catch (e) {
        // A bug in an operation answers like the service's own failures, not a bare 500.
        console.error(
          `${EMULATOR_MARKER}: ${request.method} ${request.url} failed:`,
          e,
        )
        const f = fault("InternalError", trackingId)
        response = json(f.status, f.body)
      }
      if (response.type === "error") return response
      if (!response.headers.has("TrackingId")) {
        // Responses built by fetch helpers may have immutable headers: copy them.
        const headers = new Headers(response.headers)
        headers.set("TrackingId", trackingId)
        return new Response(response.body, { status: response.status, headers })
      }
      return response
    },
  }
}

const notFound = () =>
  json(404, {
    Message: "No HTTP resource was found that matches the request URI.",
  })
