/**
 * `npm run bench`: one table, each figure next to its baseline from the same run. Starts
 * and stops its own servers on 127.0.0.1 (emulator, production build of the app, a blank
 * Next.js app); every loop is bounded. Ports: BENCH_PORT (app; +1 blank) and
 * BENCH_EMULATOR_PORT. BENCH_APP_DIR builds/serves another checkout (e.g. a clean export),
 * BENCH_DIST_DIR its build dir (default .next-bench; built once, delete it to rebuild).
 */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"

import { CHUNK_SIZE, DEFAULT_CONCURRENCY } from "@/lib/ads-api/batch"

import { buildBlankApp, firstLoadJs } from "./first-load"
import { directInvite } from "./invite-direct"
import { lighthouseRows, mobileRows } from "./lighthouse"
import { proxyOverhead } from "./proxy"
import * as servers from "./servers"
import { BENCH_ADMIN, BENCH_CLIENT_ADMIN, signInToApp } from "./signin"
import type { Row } from "./load"
import { printTable } from "./table"

const APP_PORT = Number(process.env.BENCH_PORT ?? 3611)
const EMULATOR_PORT = Number(process.env.BENCH_EMULATOR_PORT ?? 4611)
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? servers.ROOT)
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench"
const ROWS = 1000
const PAGES = ["/signin", "/links", "/invite", "/invitations"]
const LATENCY_MS = 100

const rows: Row[] = []
/** Targets not met: each printed as a FAIL line, and the bench exits non-zero. */
const misses: string[] = []
/** First-load JS targets, as a ratio to the blank page. */
const FIRST_LOAD_TARGETS: Record<string, number> = {
  "/links": 1.35,
  "/invite": 1.45,
}
const ms = (n: number) => `${n.toFixed(1)} ms`
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

async function bulkInvite(app: string, emu: string, cookie: string) {
  const plan = (await (await fetch(`${emu}/_emulator/plan`)).json()) as {
    agencyCustomer: { id: string }
    freeAccounts: { id: string }[]
  }
  const ids = plan.freeAccounts.map((a) => a.id)
  // Past the seeded free accounts, unknown ids: refused per row, but each chunk is one call.
  for (let i = 0; ids.length < ROWS; i++) ids.push(String(900_000_000 + i))
  const links = ids.slice(0, ROWS).map((id) => ({
    Type: "AccountLink",
    ClientEntityId: id,
    ManagingCustomerId: plan.agencyCustomer.id,
    IsBillToClient: true,
  }))
  const config = (latencyMs: number) =>
    fetch(`${emu}/_emulator/config`, {
      method: "POST",
      body: JSON.stringify({ faults: { latencyMs } }),
    })
  await config(LATENCY_MS)
  const t0 = performance.now()
  const res = await fetch(`${app}/api/client-links/invite`, {
    method: "POST",
    headers: { cookie, Origin: app, "Content-Type": "application/json" },
    body: JSON.stringify({ links }),
  })
  const body = (await res.json()) as { results?: unknown[] }
  const wall = performance.now() - t0
  const direct = await directInvite(emu, ROWS)
  await config(0)
  if (body.results?.length !== ROWS) throw new Error(`invite: ${res.status}`)
  const bound = Math.ceil(ROWS / CHUNK_SIZE / DEFAULT_CONCURRENCY) * LATENCY_MS
  rows.push([
    `Bulk invite ${ROWS} rows, ${LATENCY_MS} ms/call`,
    ms(wall),
    `${ms(bound)} bound`,
    `${((100 * wall) / bound).toFixed(0)}%`,
    "≤ 110%",
  ])
  rows.push([
    `Bulk invite, same calls without the dashboard`,
    ms(direct),
    `${ms(bound)} bound`,
    `${((100 * direct) / bound).toFixed(0)}%`,
    "reference",
  ])
}

async function firstLoad(app: string, blankUrl: string, cookie: string) {
  const base = await firstLoadJs(`${blankUrl}/`)
  for (const page of PAGES) {
    const size = await firstLoadJs(`${app}${page}`, cookie)
    const ratio = size / base
    const limit = FIRST_LOAD_TARGETS[page]
    if (limit !== undefined && ratio > limit)
      misses.push(
        `first-load JS ${page} ${ratio.toFixed(2)}× blank (target ≤ ${limit}×)`,
      )
    rows.push([
      `First-load JS ${page} (gzip)`,
      kb(size),
      `${kb(base)} blank`,
      `${ratio.toFixed(2)}×`,
      limit === undefined ? "" : `≤ ${limit}×`,
    ])
  }
}

async function main() {
  const emulator = await servers.startEmulator(EMULATOR_PORT, 2400)
  let app: servers.Server | null = null
  let blank: servers.Server | null = null
  const notes: string[] = []
  try {
    const env = servers.appEnv(APP_PORT, emulator.url, DIST)
    servers.buildOnce(APP_DIR, DIST, env)
    app = await servers.startApp(APP_DIR, env, APP_PORT)
    const cookie = (await signInToApp(app.url, BENCH_ADMIN)).header()
    rows.push(...(await proxyOverhead(app.url, emulator.url, cookie)))
    await bulkInvite(app.url, emulator.url, cookie)
    blank = await servers.startApp(
      buildBlankApp(),
      { ...process.env, NODE_ENV: "production" },
      APP_PORT + 1,
      false,
    )
    await firstLoad(app.url, blank.url, cookie)
    const lh = await lighthouseRows(app.url, PAGES, `${blank.url}/`, cookie)
    rows.push(...lh.rows)
    notes.push(...lh.notes)
    const clientCookie = (
      await signInToApp(app.url, BENCH_CLIENT_ADMIN)
    ).header()
    const mobile = await mobileRows(app.url, cookie, clientCookie)
    rows.push(...mobile.rows)
    notes.push(...mobile.notes)
    misses.push(...mobile.misses)
  } finally {
    await blank?.stop()
    await app?.stop()
    await emulator.stop()
  }
  printTable(rows, notes)
  for (const miss of misses) console.log(`FAIL ${miss}`)
  if (misses.length) process.exitCode = 1

  // Status views: the grid engineer's bench, run as it is (not copied) when present.
  const gather = path.join(servers.ROOT, "bench/gather.ts")
  if (existsSync(gather))
    spawnSync(
      process.execPath,
      [path.join(servers.ROOT, "node_modules/tsx/dist/cli.mjs"), gather],
      { stdio: "inherit", cwd: servers.ROOT },
    )
}

await main()
