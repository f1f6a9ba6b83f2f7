import { html, json } from "./http"
import { pickerHtml } from "./picker-html"
import type { TokenStore } from "./tokens"
import type { User } from "./types"

/**
 * The Microsoft identity platform v2 endpoints, shaped like login.microsoftonline.com:
 * `GET …/oauth2/v2.0/authorize` (a persona picker, or a 302 straight back with a
 * `login_hint`) and `POST …/oauth2/v2.0/token` (authorization_code and refresh_token).
 * Any client id is accepted; a client_secret is accepted and ignored.
 */
export interface OAuthContext {
  tokens: TokenStore
  userByEmail(email: string): User | undefined
  /** Something changed that file persistence should save. */
  changed(): void
}

/** The scope must ask for Microsoft Advertising (`…/msads.manage`); `ads.manage` is refused (spec §11). */
const ADS_SCOPE =
  /(^|\s)https:\/\/(ads|si\.ads|api\.ads)\.microsoft\.com\/msads\.manage(\s|$)/

function redirectWith(
  redirectUri: string,
  params: Record<string, string>,
): Response {
  const url = new URL(redirectUri)
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
  return new Response(null, {
    status: 302,
    headers: { Location: url.toString(), "Cache-Control": "no-store" },
  })
}

function absoluteUrl(s: string | null): boolean {
  if (!s) return false
  try {
    const u = new URL(s)
    return u.protocol === "http:" || u.protocol === "https:"
  } catch {
    return false
  }
}

export function authorize(request: Request, ctx: OAuthContext): Response {
  const url = new URL(request.url)
  const q = url.searchParams
  const redirectUri = q.get("redirect_uri")
  if (!q.get("client_id") || !absoluteUrl(redirectUri))
    return html(
      400,
      "<!doctype html><title>Bad request</title><h1>client_id and an absolute redirect_uri are required</h1>",
    )
  const back = redirectUri as string
  const state = q.get("state")
  const withState = (p: Record<string, string>) =>
    state === null ? p : { ...p, state }
  if (q.get("response_type") !== "code")
    return redirectWith(
      back,
      withState({
        error: "unsupported_response_type",
        error_description: "Only response_type=code is supported.",
      }),
    )
  const scope = q.get("scope") ?? ""
  if (!ADS_SCOPE.test(scope))
    return redirectWith(
      back,
      withState({
        error: "invalid_scope",
        error_description:
          "The scope must include https://ads.microsoft.com/msads.manage.",
      }),
    )

  const hint = q.get("login_hint")
  if (hint === null) return html(200, pickerHtml(url, null))
  const user = ctx.userByEmail(hint)
  if (!user) {
    q.delete("login_hint")
    return html(
      200,
      pickerHtml(
        url,
        `No emulator persona has the email ${hint}. Choose one below.`,
      ),
    )
  }
  const code = ctx.tokens.issueCode({
    userId: user.Id,
    clientId: q.get("client_id") as string,
    redirectUri: back,
    scope,
  })
  return redirectWith(back, withState({ code }))
}

const OIDC_SCOPES = new Set(["openid", "profile", "email", "offline_access"])

/** client_secret_basic: `Authorization: Basic base64(client_id:secret)`; the secret is not checked. */
function basicClientId(request: Request): string | null {
  const m = /^Basic (.+)$/.exec(request.headers.get("Authorization") ?? "")
  if (!m?.[1]) return null
  const id = Buffer.from(m[1], "base64").toString("utf8").split(":")[0]
  return id ? decodeURIComponent(id) : null
}

const oauthError = (error: string, description: string) =>
  json(
    400,
    { error, error_description: description },
    { "Cache-Control": "no-store" },
  )

export async function token(
  request: Request,
  ctx: OAuthContext,
): Promise<Response> {
  if (request.method !== "POST")
    return oauthError(
      "invalid_request",
      "The token endpoint accepts POST only.",
    )
  const form = new URLSearchParams(await request.text())
  const clientId = form.get("client_id") ?? basicClientId(request)
  if (!clientId) return oauthError("invalid_request", "client_id is required.")
  const grantType = form.get("grant_type")

  let grant: { userId: string; scope: string }
  if (grantType === "authorization_code") {
    const code = form.get("code")
    if (!code) return oauthError("invalid_request", "code is required.")
    const c = ctx.tokens.redeemCode(code)
    if (c === "unknown")
      return oauthError(
        "invalid_grant",
        "The authorization code is unknown or was already redeemed.",
      )
    if (c === "expired")
      return oauthError("invalid_grant", "The authorization code has expired.")
    if (c.clientId !== clientId)
      return oauthError(
        "invalid_grant",
        "The code was issued to another client.",
      )
    if (form.get("redirect_uri") !== c.redirectUri)
      return oauthError(
        "invalid_grant",
        "redirect_uri does not match the one used to get the code.",
      )
    grant = c
  } else if (grantType === "refresh_token") {
    const rt = form.get("refresh_token")
    if (!rt) return oauthError("invalid_request", "refresh_token is required.")
    const r = ctx.tokens.spendRefresh(rt)
    if (r === "unknown")
      return oauthError(
        "invalid_grant",
        "The refresh token is unknown, was revoked, or was already used.",
      )
    if (r === "expired")
      return oauthError("invalid_grant", "The refresh token has expired.")
    if (r.clientId !== clientId)
      return oauthError(
        "invalid_grant",
        "The refresh token was issued to another client.",
      )
    grant = r
  } else {
    return oauthError(
      "unsupported_grant_type",
      `grant_type ${grantType ?? "(none)"} is not supported.`,
    )
  }

  const offline = grant.scope.split(/\s+/).includes("offline_access")
  const t = ctx.tokens.issueTokens(grant.userId, clientId, grant.scope, offline)
  ctx.changed()
  return json(
    200,
    {
      token_type: "Bearer",
      // Like Microsoft, report the resource scopes granted, not the OpenID ones.
      scope: grant.scope
        .split(/\s+/)
        .filter((s) => s && !OIDC_SCOPES.has(s))
        .join(" "),
      expires_in: t.expiresIn,
      ext_expires_in: t.expiresIn,
      access_token: t.accessToken,
      ...(t.refreshToken ? { refresh_token: t.refreshToken } : {}),
    },
    { "Cache-Control": "no-store", Pragma: "no-cache" },
  )
}
