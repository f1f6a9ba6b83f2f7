import {
  test as base,
  expect,
  type APIRequestContext,
  type Page,
} from "@playwright/test"

import {
  forgetSavedSignIn,
  LANDING,
  readSavedSignIn,
  saveFreshSignIn,
  signInThroughOAuth,
} from "./support/auth-state"
import { e2eEmulatorURL, type SeedPlan } from "./support/emulator"

/** What `GET /_emulator/requests` lists: one entry per API call the emulator answered. */
export interface EmulatorRequest {
  operation: string
  email: string | null
  customerId: string | null
  status: number
  fault: string | null
  /** For writes: the client entities the call named. */
  clientEntities?: string[]
}

export interface EmulatorPersona {
  email: string
  name: string
  roles: {
    roleName: string
    customerId: string
    customerName: string | null
  }[]
}

/** A small client for the emulator's development endpoints. */
export class EmulatorApi {
  constructor(private readonly request: APIRequestContext) {}

  private async call<T>(
    method: "GET" | "POST" | "DELETE",
    path: string,
    data?: unknown,
  ): Promise<T> {
    const res = await this.request.fetch(
      `${e2eEmulatorURL}/_emulator/${path}`,
      // A fresh connection per control call: a kept-alive socket the emulator closes while
      // idle can meet our next call and fail it with ECONNRESET (seen twice under load).
      { method, data, headers: { Connection: "close" } },
    )
    expect(res.ok(), `${method} /_emulator/${path}: ${await res.text()}`).toBe(
      true,
    )
    return (await res.json()) as T
  }

  async personas(): Promise<EmulatorPersona[]> {
    return (await this.call<{ personas: EmulatorPersona[] }>("GET", "personas"))
      .personas
  }
  async persona(email: string): Promise<EmulatorPersona> {
    const found = (await this.personas()).find((p) => p.email === email)
    if (!found) throw new Error(`No emulator persona ${email}`)
    return found
  }
  /** Moves the emulator's clock forward; our app's clock does not move. */
  advanceClock = (seconds: number) =>
    this.call("POST", "clock", { advanceSeconds: seconds })
  /**
   * Kills every code and token of the user, as a password change would; the persona's
   * saved sign-in dies with them, so it is forgotten and the next signInAs signs in afresh.
   */
  async revoke(email: string) {
    await this.call("POST", "revoke", { email })
    forgetSavedSignIn(email)
  }
  config = (settings: {
    accessTokenTtlSeconds?: number
    rateLimitPerMinute?: number
  }) => this.call("POST", "config", settings)
  currentConfig = () =>
    this.call<{ accessTokenTtlSeconds: number; rateLimitPerMinute: number }>(
      "GET",
      "config",
    )
  async requests(): Promise<EmulatorRequest[]> {
    return (await this.call<{ requests: EmulatorRequest[] }>("GET", "requests"))
      .requests
  }
  clearRequests = () => this.call("DELETE", "requests")
  plan = () => this.call<SeedPlan>("GET", "plan")
  /** The user's live tokens, as the emulator holds them. */
  tokens = (email: string) =>
    this.call<{ access: string[]; refresh: string[] }>(
      "GET",
      `tokens?email=${encodeURIComponent(email)}`,
    )
  faults = (schedule: {
    operation: string
    calls: number[]
    kind: string
    /** For kind throttle: the Retry-After seconds. */
    retryAfterSeconds?: number
  }) => this.call("POST", "faults", schedule)
  /** Fresh seed data, clock, faults and log (tokens survive). */
  reset = () => this.call("POST", "reset", {})
}

export const DEFAULT_TOKEN_TTL_SECONDS = 3600

type SignIn = (page: Page, email: string) => Promise<void>

export const test = base.extend<{
  emulator: EmulatorApi
  /**
   * Signs the page's context in as the persona from its saved sign-in (e2e/auth.setup.ts;
   * OAuth once more when none is saved, e.g. after a revoke), then opens the landing page,
   * or the callbackUrl of the /signin page the page is on. Its access token outlives any
   * clock move; for a token with the emulator's current lifetime use signInThroughOAuth.
   */
  signInAs: SignIn
  /** The real sign-in through the emulator's OAuth, for tests about signing in and tokens. */
  signInThroughOAuth: SignIn
}>({
  emulator: async ({ playwright }, provide) => {
    const request = await playwright.request.newContext()
    const emulator = new EmulatorApi(request)
    await emulator.reset()
    await emulator.config({ accessTokenTtlSeconds: DEFAULT_TOKEN_TTL_SECONDS })
    await provide(emulator)
    await emulator.config({ accessTokenTtlSeconds: DEFAULT_TOKEN_TTL_SECONDS })
    await request.dispose()
  },
  signInAs: async ({ browser, baseURL, playwright }, provide) => {
    const disposers: (() => Promise<void>)[] = []
    /** A sign-in to save, in a context of its own (only when none is saved). */
    async function signInAfresh(email: string) {
      const request = await playwright.request.newContext()
      const context = await browser.newContext({ baseURL })
      disposers.push(
        () => request.dispose(),
        () => context.close(),
      )
      return saveFreshSignIn(context, email, new EmulatorApi(request))
    }
    await provide(async (page, email) => {
      const cookies = readSavedSignIn(email) ?? (await signInAfresh(email))
      const here = new URL(page.url(), "http://x")
      const back = here.pathname.startsWith("/signin")
        ? (here.searchParams.get("callbackUrl") ?? "/")
        : "/"
      await page.context().clearCookies()
      await page.context().addCookies(cookies)
      await page.goto(back)
      await page.waitForURL(LANDING)
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    })
    for (const dispose of disposers) await dispose()
  },
  signInThroughOAuth: async ({}, provide) => {
    await provide(signInThroughOAuth)
  },
})

export { expect }
