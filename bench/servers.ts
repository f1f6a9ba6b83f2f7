import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { createInterface } from "node:readline"

import { SANDBOX_DEVELOPER_TOKEN } from "@/lib/emulator/options"

/**
 * The servers `npm run bench` starts and stops itself, all on 127.0.0.1: the standalone
 * emulator and a production build of the app in real-API mode pointing at it (as e2e does).
 */
export const ROOT = path.resolve(import.meta.dirname, "..")

export interface Server {
  url: string
  /** The process spawned (for our app, the launcher whose child is the Next server). */
  pid: number
  stop: () => Promise<void>
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls `url` until it answers 2xx, at most `timeoutMs`; stops early if `child` exits. */
export async function waitFor(
  url: string,
  timeoutMs = 60_000,
  child?: ChildProcess,
) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (child && child.exitCode !== null)
      throw new Error(`${url}: its server exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`)
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref()
    })
}

export async function startEmulator(port: number, links: number) {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "lib/emulator/server.ts",
      "--port",
      String(port),
      "--links",
      String(links),
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/_emulator/health`, 60_000, child)
  return { url, pid: child.pid ?? 0, stop: stopper(child) }
}

/** Env of the app under test: real-API mode against the emulator at `emulatorUrl`. */
export const appEnv = (
  port: number,
  emulatorUrl: string,
  distDir: string,
): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: "1",
  HOSTNAME: "127.0.0.1",
  PORT: String(port),
  MSADS_API_URL: emulatorUrl,
  MSADS_AUTH_URL: emulatorUrl,
  MSADS_EMULATOR: "1",
  MSADS_CLIENT_ID: "linkdesk-bench",
  MSADS_CLIENT_SECRET: "linkdesk-bench-secret",
  MSADS_DEVELOPER_TOKEN: SANDBOX_DEVELOPER_TOKEN,
  NEXTAUTH_SECRET: "linkdesk-bench-only-session-secret",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
})

/** `next build` into `distDir` unless a build is already there (delete it to rebuild). */
export function buildOnce(
  dir: string,
  distDir: string,
  env: NodeJS.ProcessEnv,
) {
  if (existsSync(path.join(dir, distDir, "BUILD_ID"))) return
  console.error(`Building ${dir} into ${distDir} (once)…`)
  const r = spawnSync(
    process.execPath,
    [path.join(dir, "node_modules/next/dist/bin/next"), "build"],
    { cwd: dir, env: { ...env, NEXT_DIST_DIR: distDir }, stdio: "inherit" },
  )
  if (r.status !== 0) throw new Error(`next build failed in ${dir}`)
}

/** Node flags for the server, and a reader of its stdout lines (else stdout is dropped). */
export interface Watch {
  nodeArgs: string[]
  onLine: (line: string) => void
}

/**
 * Serves a build: ours from its standalone output (scripts/start-standalone.mjs copies the
 * static files and passes Node flags on), a plain app (the blank baseline) with `next start`.
 */
export async function startApp(
  dir: string,
  env: NodeJS.ProcessEnv,
  port: number,
  standalone = true,
  watch?: Watch,
): Promise<Server> {
  const args = standalone
    ? [path.join(dir, "scripts/start-standalone.mjs")]
    : [
        path.join(dir, "node_modules/next/dist/bin/next"),
        "start",
        "--hostname",
        "127.0.0.1",
        "--port",
        String(port),
      ]
  const child = spawn(process.execPath, [...(watch?.nodeArgs ?? []), ...args], {
    cwd: dir,
    env,
    stdio: ["ignore", watch ? "pipe" : "ignore", "inherit"],
  })
  if (watch && child.stdout)
    createInterface({ input: child.stdout }).on("line", watch.onLine)
  const url = `http://127.0.0.1:${port}`
  const health = standalone ? "/api/health" : "/"
  await waitFor(`${url}${health}`, 120_000, child).catch(async (e: unknown) => {
    await stopper(child)()
    throw e
  })
  return { url, pid: child.pid ?? 0, stop: stopper(child) }
}
