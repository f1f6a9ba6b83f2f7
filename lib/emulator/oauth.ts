import { html } from "./http"
import { pickerHtml } from "./picker-html"
import { readChallenge } from "./pkce"
import type { TokenStore } from "./tokens"
import type { User } from "./types"

/**
 * The Microsoft identity platform v2 endpoints, shaped like login.microsoftonline.com:
 * `GET …/oauth2/v2.0/authorize` (a persona picker, or a 302 straight back with a
 * `login_hint`; PKCE optional) and `POST …/oauth2/v2.0/token` (oauth-token.ts).
 * Any client id is accepted; a client_secret is accepted and ignored.
 */
export interface OAuthContext {
  tokens: TokenStore
  userByEmail(email: string): User | undefined
  /** Something changed that file persistence should save. */
  changed(): void
}

/** The scope must ask for Microsoft Advertising (`…/msads.manage`); `ads.manage` is refused (docs/emulator.md, "Signing in"). */
const ADS_SCOPE =
  /(^|\s)https:\/\/(ads|si\.ads|api\.ads)\.microsoft\.com\/msads\.manage(\s|$)/

export function redirectWith(
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

  const pkce = readChallenge(q)
  if (pkce === "invalid")
    return redirectWith(
      back,
      withState({
        error: "invalid_request",
        error_description:
          "code_challenge must be 43-128 characters and code_challenge_method S256 or plain.",
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
    pkce,
  })
  return redirectWith(back, withState({ code }))
}
