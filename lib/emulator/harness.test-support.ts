import { expect } from "vitest"

import { createEmulator, type Emulator } from "./handler"
import type { EmulatorOptionsInput } from "./options"
import { createStubLinks, type StubLinks } from "./stub-links.test-support"

/** Test helpers: an emulator on the stub link service, sign-in, and API calls. */
export const ORIGIN = "http://emulator.test"
export const REDIRECT = "http://app.test/callback"
export const CLIENT = "test-client"
export const SCOPE = "https://ads.microsoft.com/msads.manage offline_access"
export const DEV_TOKEN = "BBD37VB98"

export function testEmulator(options: EmulatorOptionsInput = {}) {
  const emulator = createEmulator(
    { links: 20, ...options },
    { createLinks: createStubLinks },
  )
  const links = () => emulator.state.links as StubLinks
  return { emulator, links }
}

export function authorizeUrl(params: Record<string, string> = {}, base = "") {
  const q = new URLSearchParams({
    client_id: CLIENT,
    response_type: "code",
    redirect_uri: REDIRECT,
    scope: SCOPE,
    state: "xyz",
    ...params,
  })
  return `${ORIGIN}${base}/oauth2/v2.0/authorize?${q}`
}

export async function getCode(em: Emulator, email: string, base = "") {
  const res = await em.handle(
    new Request(authorizeUrl({ login_hint: email }, base)),
  )
  const location = new URL(res.headers.get("Location") ?? "")
  return location.searchParams.get("code") ?? ""
}

export function tokenRequest(form: Record<string, string>, base = "") {
  return new Request(`${ORIGIN}${base}/oauth2/v2.0/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: CLIENT, ...form }),
  })
}

export interface TokenBody {
  access_token: string
  refresh_token?: string
  expires_in: number
  error?: string
}

export async function signIn(
  em: Emulator,
  email = "admin@contoso.example",
  base = "",
) {
  const code = await getCode(em, email, base)
  const res = await em.handle(
    tokenRequest(
      { grant_type: "authorization_code", code, redirect_uri: REDIRECT },
      base,
    ),
  )
  return (await res.json()) as TokenBody
}

export function apiRequest(
  path: string,
  body: unknown,
  accessToken: string | null,
  init: {
    method?: string
    headers?: Record<string, string>
    raw?: string
  } = {},
) {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    DeveloperToken: DEV_TOKEN,
    ...init.headers,
  }
  if (accessToken && !headers.Authorization)
    headers.Authorization = `Bearer ${accessToken}`
  const method = init.method ?? "POST"
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    body:
      method === "GET" || method === "HEAD"
        ? undefined
        : (init.raw ?? JSON.stringify(body)),
  })
}

export const CM = "/CustomerManagement/v13"

/** Asymmetric matchers typed as unknown (vitest types them any). */
export const anyString: unknown = expect.any(String)
export const matching = (re: RegExp): unknown => expect.stringMatching(re)
export const notMatching = (s: string): unknown => expect.not.stringMatching(s)
