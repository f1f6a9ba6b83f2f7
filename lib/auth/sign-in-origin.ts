/**
 * The origin sign-in runs at. The OAuth redirect_uri and next-auth's state cookie must name
 * the address the browser opened: a state cookie set on 127.0.0.1 never reaches a callback
 * on localhost, so a fixed NEXTAUTH_URL of localhost broke sign-in at the address
 * `npm run dev` prints.
 *
 * A public URL on a loopback host (localhost, 127.0.0.1, [::1]) can only be opened from this
 * machine, so any loopback alias of it on the same scheme and port is the same app and
 * sign-in follows it. Every other host is refused: it may be a DNS-rebinding page, and a
 * non-loopback public URL is always used as configured.
 */

export const LOOPBACK_HOSTNAMES: readonly string[] = [
  "localhost",
  "127.0.0.1",
  "[::1]",
]

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

export function isLoopbackUrl(url: string): boolean {
  const parsed = parse(url)
  return parsed !== null && LOOPBACK_HOSTNAMES.includes(parsed.hostname)
}

/** The loopback aliases of a loopback public URL: same scheme and port, each loopback host. */
export function loopbackAliases(publicUrl: string): string[] {
  const url = parse(publicUrl)
  if (url === null || !LOOPBACK_HOSTNAMES.includes(url.hostname)) return []
  const port = url.port === "" ? "" : `:${url.port}`
  return LOOPBACK_HOSTNAMES.map((host) => `${url.protocol}//${host}${port}`)
}

export interface OriginHeaders {
  host: string | null
  forwardedHost: string | null
  forwardedProto: string | null
}

/**
 * The origin next-auth 4 derives from a request when NEXTAUTH_URL is unset and
 * AUTH_TRUST_HOST is (utils/detect-origin.js): X-Forwarded-Host, else Host; "http" only when
 * X-Forwarded-Proto says exactly that. Next fills both headers when a client sent none.
 */
export function nextAuthRequestOrigin(h: OriginHeaders): string | null {
  const host = h.forwardedHost ?? h.host
  if (!host) return null
  const scheme = h.forwardedProto === "http" ? "http" : "https"
  return parse(`${scheme}://${host}`)?.origin ?? null
}

export type SignInOrigin =
  { ok: true; origin: string } | { ok: false; message: string }

/**
 * For a loopback public URL, the alias this request was addressed to (next-auth will
 * derive the same one), or a refusal naming the address to open instead. Any other public
 * URL is the origin, whatever the request says.
 */
export function signInOrigin(
  publicUrl: string,
  h: OriginHeaders,
): SignInOrigin {
  const configured = parse(publicUrl)?.origin ?? publicUrl
  const aliases = loopbackAliases(publicUrl)
  if (aliases.length === 0) return { ok: true, origin: configured }
  const derived = nextAuthRequestOrigin(h)
  if (derived !== null && aliases.includes(derived))
    return { ok: true, origin: derived }
  return {
    ok: false,
    message: `Linkdesk signs in only at its own address. Open ${configured} and sign in there.`,
  }
}

export const originHeaders = (headers: Headers): OriginHeaders => ({
  host: headers.get("host"),
  forwardedHost: headers.get("x-forwarded-host"),
  forwardedProto: headers.get("x-forwarded-proto"),
})
