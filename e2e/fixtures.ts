import {
  test as base,
  expect,
  type APIRequestContext,
  type Page,
} from "@playwright/test"

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
  /** Kills every code and token of the user, as a password change would. */
  revoke = (email: string) => this.call("POST", "revoke", { email })
  config = (settings: {
    accessTokenTtlSeconds?: number
    rateLimitPerMinute?: number
  }) => this.call("POST", "config", settings)
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
  faults = (schedule: { operation: string; calls: number[]; kind: string }) =>
    this.call("POST", "faults", schedule)
  /** Fresh seed data, clock, faults and log (tokens survive). */
  reset = () => this.call("POST", "reset", {})
}

export const DEFAULT_TOKEN_TTL_SECONDS = 3600

/** Landing pages after sign-in: agencies see their links, clients their invitations. */
const LANDING = /\/(links|invitations)(\?|$)/

async function signInAs(page: Page, email: string): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/signin"))
    await page.goto("/signin")
  await page
    .getByRole("button", { name: new RegExp(email.replace(/[.@]/g, "\\$&")) })
    .click()
  // Through the real redirects: our /api/auth → emulator authorize → our callback.
  await page.waitForURL(LANDING)
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
}

export const test = base.extend<{
  emulator: EmulatorApi
  signInAs: (page: Page, email: string) => Promise<void>
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
  signInAs: async ({}, provide) => {
    await provide(signInAs)
  },
})

export { expect }
