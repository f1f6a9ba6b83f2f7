/**
 * Programmatic sign-in through the real OAuth flow: our next-auth endpoints, the emulator's
 * authorize endpoint with `login_hint` (a 302 straight back, no page) and our callback,
 * carrying cookies in a small jar. Also the emulator's own token, for the direct baseline.
 */
/** The Super Admin of the main agency, whom every bench signs in as. */
export const BENCH_ADMIN = "admin@contoso.example"
/**
 * The Super Admin of the client customer: /invitations shows them the same grid the agency
 * sees on /links (their received invitations), so it is the mobile TBT baseline's persona.
 */
export const BENCH_CLIENT_ADMIN = "admin@northwind.example"

export class CookieJar {
  private readonly cookies = new Map<string, string>()
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";")
      const eq = pair.indexOf("=")
      if (eq > 0) this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
  }
  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ")
}

/** One request with the jar's cookies, no redirect following; stores what it sets. */
export async function go(url: string, jar: CookieJar, init: RequestInit = {}) {
  const res = await fetch(url, {
    ...init,
    redirect: "manual",
    headers: {
      ...(init.headers as Record<string, string>),
      cookie: jar.header(),
    },
  })
  jar.store(res)
  return res
}

/** Signs `email` in to the app at `appUrl`; the jar then holds the session cookie. */
export async function signInToApp(appUrl: string, email: string) {
  const jar = new CookieJar()
  const csrf = await go(`${appUrl}/api/auth/csrf`, jar)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const start = await go(`${appUrl}/api/auth/signin/microsoft`, jar, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${appUrl}/links` }),
  })
  const authorize = new URL(start.headers.get("location") ?? "")
  authorize.searchParams.set("login_hint", email)
  const back = await go(authorize.toString(), jar)
  const callback = back.headers.get("location") ?? ""
  if (!callback.startsWith(appUrl)) throw new Error(`no callback: ${callback}`)
  const done = await go(callback, jar)
  if (!/session-token/.test(jar.header()))
    throw new Error(`sign-in failed (${done.status})`)
  return jar
}

/** An access token straight from the emulator (authorization code with login_hint). */
export async function emulatorToken(emulatorUrl: string, email: string) {
  const redirect = "http://127.0.0.1/bench"
  const authorize = new URL(`${emulatorUrl}/oauth2/v2.0/authorize`)
  for (const [k, v] of Object.entries({
    client_id: "bench",
    response_type: "code",
    redirect_uri: redirect,
    scope: "https://ads.microsoft.com/msads.manage offline_access",
    state: "bench",
    login_hint: email,
  }))
    authorize.searchParams.set(k, v)
  const res = await fetch(authorize, { redirect: "manual" })
  const code = new URL(res.headers.get("location") ?? "").searchParams.get(
    "code",
  )
  const token = await fetch(`${emulatorUrl}/oauth2/v2.0/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: code ?? "",
      redirect_uri: redirect,
      client_id: "bench",
    }),
  })
  return ((await token.json()) as { access_token: string }).access_token
}
