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

/**
 * The origin this request was addressed to: its scheme and host, as a TLS-terminating proxy
 * reports them (Next fills X-Forwarded-* only when absent). Trusting them is safe here: a
 * cross-site page cannot set them, and a client that can has no victim's cookie to ride on.
 */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url)
  const h = req.headers
  const proto = firstValue(h.get("x-forwarded-proto"))
  const host =
    firstValue(h.get("x-forwarded-host")) ?? h.get("host") ?? url.host
  const scheme = proto ? `${proto.replace(/:$/, "")}:` : url.protocol
  return originOf(`${scheme}//${host}`) ?? url.origin
}

/**
 * The app's own origins: its public URL (NEXTAUTH_URL, or lib/env.ts's default) and the
 * origin the request was addressed to. Either match means the page that sent the request is
 * ours; the second keeps `next dev` on 127.0.0.1 working when the default says localhost.
 */
export function allowedOrigins(req: Request, appUrl?: string | null): string[] {
  const configured = appUrl ? originOf(appUrl) : null
  return [...new Set([configured, requestOrigin(req)])].filter(
    (o): o is string => o !== null,
  )
}

/**
 * A write must carry an Origin header naming this app (403 `cross_origin` otherwise). Browsers
 * send Origin on every cross-site and same-site POST/PUT/PATCH/DELETE, so a missing one means
 * the request did not come from our pages.
 */
export function assertSameOrigin(req: Request, appUrl?: string | null): void {
  const sent = req.headers.get("origin")
  const origin = sent && sent !== "null" ? originOf(sent) : null
  if (origin === null)
    throw new ApiError("cross_origin", {
      message: "A write must carry this site's Origin header.",
    })
  if (!allowedOrigins(req, appUrl).includes(origin))
    throw new ApiError("cross_origin")
}
