import { existsSync } from "node:fs"

import { defineConfig, devices } from "@playwright/test"

import {
  e2eBaseURL as baseURL,
  e2ePort as port,
  e2eProduction as production,
} from "./e2e/support/env"
import {
  e2eEmulatorPort as emulatorPort,
  e2eEmulatorURL as emulatorURL,
} from "./e2e/support/emulator"

// Debian's chromium on CI and in this repo's dev box; elsewhere Playwright's own browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined

/** Everything the app under test needs, in one place. */
const webServerEnv: Record<string, string> = {
  HOSTNAME: "127.0.0.1",
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
  // "Real API" mode against the standalone emulator over HTTP: the production code path.
  MSADS_API_URL: emulatorURL,
  MSADS_AUTH_URL: emulatorURL,
  MSADS_EMULATOR: "1",
  MSADS_CLIENT_ID: "linkdesk-e2e",
  MSADS_CLIENT_SECRET: "linkdesk-e2e-secret",
  MSADS_DEVELOPER_TOKEN: "BBD37VB98",
  NEXTAUTH_SECRET: "linkdesk-e2e-only-session-secret",
  NEXTAUTH_URL: baseURL,
}

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  },
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // next dev compiles each route on first visit; on a busy 2-core box that
  // alone can pass 30 s, so dev runs get room. Production keeps the defaults.
  timeout: production ? 30_000 : 120_000,
  expect: { timeout: production ? 5_000 : 30_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "on-first-retry",
  },
  projects: [
    // Signs every persona in once; the specs load the saved sign-ins (e2e/.auth/).
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: chromium },
    { name: "chromium", dependencies: ["setup"], use: chromium },
  ],
  webServer: [
    {
      command: `npm run emulator -- --port ${emulatorPort}`,
      url: `${emulatorURL}/_emulator/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 2 * 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: production
        ? // A real-API build: check-no-emulator proves it left the emulator out.
          `npm run build && node scripts/check-no-emulator.mjs && PORT=${port} npm start`
        : `npx next dev --hostname 127.0.0.1 --port ${port}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 5 * 60_000,
      env: webServerEnv,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
})
