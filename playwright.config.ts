import { existsSync } from "node:fs"

import { defineConfig, devices } from "@playwright/test"

import {
  e2eBaseURL as baseURL,
  e2ePort as port,
  e2eProduction as production,
} from "./e2e/support/env"

// Debian's chromium on CI and in this repo's dev box; elsewhere Playwright's own browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined

/** Everything the app under test needs, in one place. */
const webServerEnv: Record<string, string> = {
  HOSTNAME: "127.0.0.1",
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
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
    {
      name: "chromium",
      use: {
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
      },
    },
  ],
  webServer: {
    command: production
      ? `npm run build && PORT=${port} npm start`
      : `npx next dev --hostname 127.0.0.1 --port ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 5 * 60_000,
    env: webServerEnv,
    stdout: "pipe",
    stderr: "pipe",
  },
})
