import { ApiError } from "./errors"

const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"])

export const isWriteMethod = (method: string) =>
  !SAFE_METHODS.has(method.toUpperCase())

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

const firstValue = (v: string | null) => v?.split(",")[0]?.trim() || null

export interface OriginSettings {
  /** The app's public URL (NEXTAUTH_URL, or lib/env.ts's default). */
  appUrl: string
  /** A proxy in front sets X-Forwarded-Host/-Proto (LINKDESK_TRUST_PROXY=1, Vercel). */
  trustProxy: boolean
}

/**
 * The origin a proxy says this request was addressed to (X-Forwarded-Proto/-Host), or null
 * without those headers. Only meaningful behind a proxy that sets them: anyone else can.
 */
export function forwardedOrigin(req: Request): string | null {
  const h = req.headers
  const host = firstValue(h.get("x-forwarded-host"))
  if (!host) return null
  const proto = firstValue(h.get("x-forwarded-proto"))
  const scheme = proto
    ? `${proto.replace(/:$/, "")}:`
    : new URL(req.url).protocol
  return originOf(`${scheme}//${host}`)
}

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"]

/**
 * The one local-address rule (sign-in follows the same one): when the public URL is a
 * loopback address, the same scheme and port on localhost, 127.0.0.1 and [::1] are all this
 * app, so `next dev` works at whichever of them the user opens.
 */
export function loopbackAliases(appUrl: string): string[] {
  const url = new URL(appUrl)
  if (!LOOPBACK.includes(url.hostname)) return [url.origin]
  const port = url.port ? `:${url.port}` : ""
  return LOOPBACK.map((host) => `${url.protocol}//${host}${port}`)
}

/**
 * The app's own origins: its public URL (with its loopback aliases) and, only behind a
 * trusted proxy, the origin that proxy forwarded. A request's own Host and X-Forwarded-*
 * headers never widen the list otherwise.
 */
export function allowedOrigins(
  req: Request,
  settings: OriginSettings,
): string[] {
  const forwarded = settings.trustProxy ? forwardedOrigin(req) : null
  return [
    ...new Set([
      ...loopbackAliases(settings.appUrl),
      ...(forwarded ? [forwarded] : []),
    ]),
  ]
}

/**
 * A write must carry an Origin header naming this app (403 `cross_origin` otherwise). Browsers
 * send Origin on every cross-site and same-site POST/PUT/PATCH/DELETE, so a missing one means
 * the request did not come from our pages.
 */
export function assertSameOrigin(req: Request, settings: OriginSettings): void {
  const sent = req.headers.get("origin")
  const origin = sent && sent !== "null" ? originOf(sent) : null
  if (origin === null)
    throw new ApiError("cross_origin", {
      message: "A write must carry this site's Origin header.",
    })
  if (!allowedOrigins(req, settings).includes(origin))
    throw new ApiError("cross_origin")
}
