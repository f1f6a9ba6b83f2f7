import {
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import path from "node:path"

import { expect, type BrowserContext, type Page } from "@playwright/test"

import type { EmulatorApi } from "../fixtures"

/**
 * Saved sign-ins: each persona signs in through OAuth once (e2e/auth.setup.ts) and the
 * tests load its cookies instead of signing in again. The files live in e2e/.auth/
 * (gitignored), one per persona.
 *
 * A saved sign-in must outlive everything the tests do to time, so its access token is
 * issued with a lifetime longer than any clock move a spec makes. A clock move that
 * expired it would make the app refresh it, and the emulator rotates refresh tokens:
 * every later test loading the file would then present a spent one. Tests about token
 * lifetimes sign in themselves (signInThroughOAuth) with the lifetime they need.
 */
export const SAVED_SIGN_IN_TTL_SECONDS = 365 * 24 * 3600

const AUTH_DIR = path.resolve(import.meta.dirname, "..", ".auth")

export const savedSignInPath = (email: string) =>
  path.join(AUTH_DIR, `${email}.json`)

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>

/** Agencies land on their client links, clients on their invitations. */
export const LANDING = /\/(links|invitations)(\?|$)/

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\@]/g, "\\$&")

/**
 * The real sign-in: from the page's /signin (or a fresh one), the persona's button, then
 * our /api/auth → the emulator's authorize → our callback, to the landing page (or the
 * sign-in page's callbackUrl there), rendered.
 */
export async function signInThroughOAuth(
  page: Page,
  email: string,
): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/signin"))
    await page.goto("/signin")
  await page.getByRole("button", { name: new RegExp(escape(email)) }).click()
  await page.waitForURL(LANDING)
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
}

/** The persona's saved session cookies, or null when none is saved (or it was forgotten). */
export function readSavedSignIn(email: string): Cookies | null {
  try {
    const saved = JSON.parse(readFileSync(savedSignInPath(email), "utf8")) as {
      cookies: Cookies
    }
    return saved.cookies
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null
    throw e
  }
}

/** Revoking a persona's tokens kills its saved sign-in too: the next use signs in afresh. */
export function forgetSavedSignIn(email: string): void {
  rmSync(savedSignInPath(email), { force: true })
}

/**
 * Signs the persona in through OAuth in a context of its own, with a long-lived access
 * token (the emulator's setting is put back after), and saves its cookies.
 */
export async function saveFreshSignIn(
  context: BrowserContext,
  email: string,
  emulator: EmulatorApi,
): Promise<Cookies> {
  const { accessTokenTtlSeconds } = await emulator.currentConfig()
  await emulator.config({ accessTokenTtlSeconds: SAVED_SIGN_IN_TTL_SECONDS })
  const page = await context.newPage()
  try {
    // Straight back to the session JSON: no page to render, and proof the session works.
    const session = "/api/auth/session"
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(session)}`)
    await page.getByRole("button", { name: new RegExp(escape(email)) }).click()
    await page.waitForURL(session)
    const body = (await page.locator("body").textContent()) ?? ""
    expect(
      (JSON.parse(body) as { user?: { email?: string } }).user?.email,
    ).toBe(email)
  } finally {
    await page.close()
    await emulator.config({ accessTokenTtlSeconds })
  }
  const { cookies } = await context.storageState()
  mkdirSync(AUTH_DIR, { recursive: true })
  const file = savedSignInPath(email)
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify({ cookies }, null, 2))
  renameSync(tmp, file)
  return cookies
}
