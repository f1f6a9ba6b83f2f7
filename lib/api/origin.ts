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

/** The app's own origin: the configured public URL, else the scheme and Host this request came to. */
export function expectedOrigin(req: Request, appUrl?: string | null): string {
  const configured = appUrl ? originOf(appUrl) : null
  if (configured) return configured
  const url = new URL(req.url)
  const host = req.headers.get("host") ?? url.host
  return originOf(`${url.protocol}//${host}`) ?? url.origin
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
  if (origin !== expectedOrigin(req, appUrl)) throw new ApiError("cross_origin")
}
