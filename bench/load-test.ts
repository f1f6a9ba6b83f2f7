/**
 * Load test (`npx tsx bench/load-test.ts`): LOAD_USERS (200) virtual users, each signed in
 * with its own session, arrive over 10 s and search and page through the dashboard for
 * LOAD_SECONDS (60), against a production build of the app in real-API mode and the
 * standalone emulator, all on 127.0.0.1. Before it, the same load warms the server for
 * 20 s; a light probe load (8 users, 10 s) then runs before and after the measured run to
 * read the live heap. Prints latency per request kind, answers by class and
 * the app server's memory; exits 1 on any failing answer or a live heap that grew (rules:
 * bench/load-stats.ts). Ports: LOAD_PORT (3621), LOAD_EMULATOR_PORT (4621); build dir
 * LOAD_DIST_DIR (.next-load, built once: delete it to rebuild). LOAD_RATE_LIMIT (calls per
 * customer per minute, default 0 = off) makes the emulator throttle once all are signed in.
 */
import { type Run, report } from "./load-report"
import {
  leafPid,
  type MajorGc,
  OLD_SPACE_MB,
  parseMajorGc,
  type Point,
  PROBE_S,
  PROBE_USERS,
  rssKb,
  WARM_UP_S,
  WINDOW_S,
  type Window,
} from "./load-stats"
import {
  type LoopLimits,
  type Persona,
  runUser,
  type Sample,
  seatsOf,
  type SignedIn,
  signInSeat,
} from "./load-users"
import * as servers from "./servers"
import { REQUEST_LOG_MAX } from "@/lib/emulator/state"

const APP_PORT = Number(process.env.LOAD_PORT ?? 3621)
const EMULATOR_PORT = Number(process.env.LOAD_EMULATOR_PORT ?? 4621)
const DIST = process.env.LOAD_DIST_DIR ?? ".next-load"
const USERS = Number(process.env.LOAD_USERS ?? 200)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const RATE_LIMIT = Number(process.env.LOAD_RATE_LIMIT ?? 0)
const SIGN_IN_CONCURRENCY = 8
/** Think time between a user's requests: uniform in [0, THINK_MS). */
const THINK_MS = 50
/** Before the probes: the same load as the run, to warm code and caches. */
const WARM_UP_LOAD_S = 20
/** Long enough that a slow answer is measured, not cut: only a hung request fails on time. */
const TIMEOUT_MS = 120_000

if (!(USERS >= 1 && SECONDS >= WARM_UP_S + WINDOW_S && RATE_LIMIT >= 0))
  throw new Error(
    `LOAD_USERS ≥ 1, LOAD_SECONDS ≥ ${WARM_UP_S + WINDOW_S}, LOAD_RATE_LIMIT ≥ 0`,
  )

async function signInAll(app: string, emu: string): Promise<SignedIn[]> {
  const { personas } = (await (
    await fetch(`${emu}/_emulator/personas`)
  ).json()) as { personas: Persona[] }
  const seats = seatsOf(personas)
  const users: SignedIn[] = []
  let next = 0
  const worker = async () => {
    for (let i = next++; i < USERS; i = next++) {
      const seat = seats[i % seats.length]
      if (seat) users.push(await signInSeat(app, seat))
    }
  }
  await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, worker))
  const clients = users.filter((u) => u.kind === "client").length
  console.error(
    `${users.length} users signed in over ${seats.length} persona × customer seats (${clients} on client customers)`,
  )
  return users
}

const gcs: MajorGc[] = []

/** The users' loops from `startAt` (seconds are the run's, from its first arrival). */
async function loop(
  app: string,
  users: SignedIn[],
  limits: Omit<LoopLimits, "maxIterations" | "thinkMs" | "timeoutMs">,
  samples: Sample[],
) {
  const all = {
    ...limits,
    maxIterations: 200 * ((limits.endAt - limits.startAt) / 1_000),
    thinkMs: THINK_MS,
    timeoutMs: TIMEOUT_MS,
  }
  await Promise.all(
    users.map((u, i) =>
      runUser(app, u, i, users.length, all, (s) => samples.push(s)),
    ),
  )
}

/** The emulator's request log: how many API calls the run made, and how many got a 429. */
async function upstreamCalls(emu: string): Promise<Run["upstream"]> {
  const res = await fetch(`${emu}/_emulator/requests`)
  if (!res.ok) throw new Error(`emulator request log: ${res.status}`)
  const { requests } = (await res.json()) as { requests: { status: number }[] }
  return {
    calls: requests.length,
    throttled: requests.filter((r) => r.status === 429).length,
    capped: requests.length >= REQUEST_LOG_MAX,
  }
}

async function drive(
  app: servers.Server,
  emu: string,
  users: SignedIn[],
): Promise<Run> {
  const pid = leafPid(app.pid)
  const probeUsers = users.slice(0, PROBE_USERS)
  const probeSamples: Sample[] = []
  const probe = async (): Promise<Window> => {
    const from = Date.now()
    const endAt = from + PROBE_S * 1_000
    await loop(
      app.url,
      probeUsers,
      { startAt: from, rampMs: 0, endAt },
      probeSamples,
    )
    return [at(from), at(Date.now())]
  }
  let start = Date.now() + (WARM_UP_LOAD_S + PROBE_S) * 1_000
  const at = (ms: number) => (ms - start) / 1_000
  // Everyone once, so code is compiled and every cache has its steady contents.
  const warmAt = Date.now()
  const warm = { startAt: warmAt, rampMs: WARM_UP_S * 1_000 }
  await loop(
    app.url,
    users,
    { ...warm, endAt: warmAt + WARM_UP_LOAD_S * 1_000 },
    probeSamples,
  )
  const before = await probe()
  await fetch(`${emu}/_emulator/requests`, { method: "DELETE" })
  start = Date.now()
  const rss: Point[] = []
  const sampler = setInterval(
    () => rss.push({ at: at(Date.now()), mb: rssKb(pid) / 1024 }),
    1_000,
  )
  const samples: Sample[] = []
  try {
    const endAt = start + SECONDS * 1_000
    const ramp = { startAt: start, rampMs: WARM_UP_S * 1_000, endAt }
    await loop(app.url, users, ramp, samples)
  } finally {
    clearInterval(sampler)
  }
  const wallSeconds = at(Date.now())
  const upstream = await upstreamCalls(emu)
  const after = await probe()
  return {
    users: users.length,
    seconds: SECONDS,
    wallSeconds,
    rateLimit: RATE_LIMIT,
    samples,
    probeSamples,
    probes: [before, after],
    upstream,
    rss,
    heap: gcs
      .filter((g) => g.pid === pid)
      .map((g) => ({ at: at(g.at), mb: g.mb })),
  }
}

async function main(): Promise<boolean> {
  const emulator = await servers.startEmulator(EMULATOR_PORT, 2400)
  let app: servers.Server | null = null
  try {
    const env = servers.appEnv(APP_PORT, emulator.url, DIST)
    servers.buildOnce(servers.ROOT, DIST, env)
    app = await servers.startApp(servers.ROOT, env, APP_PORT, true, {
      nodeArgs: ["--trace-gc", `--max-old-space-size=${OLD_SPACE_MB}`],
      onLine: (line) => {
        const gc = parseMajorGc(line, Date.now())
        if (gc) gcs.push(gc)
      },
    })
    const users = await signInAll(app.url, emulator.url)
    if (RATE_LIMIT > 0) {
      const res = await fetch(`${emulator.url}/_emulator/config`, {
        method: "POST",
        body: JSON.stringify({ rateLimitPerMinute: RATE_LIMIT }),
      })
      if (!res.ok) throw new Error(`emulator config: ${res.status}`)
    }
    return report(await drive(app, emulator.url, users))
  } finally {
    await app?.stop()
    await emulator.stop()
  }
}

process.exitCode = (await main()) ? 0 : 1
