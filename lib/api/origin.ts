import { loopbackAliases as signInLoopbackAliases } from "@/lib/auth/sign-in-origin"

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
  /** The app's public URL (NEXTAUTH_URL, or lib/env.server.ts's default). */
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

/**
 * The app's own origins for its public URL: the URL itself, or for a loopback URL every
 * loopback alias of it. The alias rule is sign-in's own (lib/auth/sign-in-origin.ts), so a
 * write is accepted at exactly the addresses a user can sign in at.
 */
export function loopbackAliases(appUrl: string): string[] {
  const aliases = signInLoopbackAliases(appUrl)
  return aliases.length > 0 ? aliases : [new URL(appUrl).origin]
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
