import { json } from "./http"
import type { OAuthContext } from "./oauth"
import { pkceMatches } from "./pkce"

/**
 * `POST …/oauth2/v2.0/token`, form-encoded: `authorization_code` (single use, bound to the
 * client, redirect URI and PKCE challenge) and `refresh_token` (rotated on every use).
 * Errors are HTTP 400 `{"error", "error_description"}` like the identity platform's.
 */
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
    if (!pkceMatches(c.pkce, form.get("code_verifier")))
      return oauthError(
        "invalid_grant",
        "The code_verifier does not match the code_challenge.",
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
