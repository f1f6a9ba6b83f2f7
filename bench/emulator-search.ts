/**
 * SearchClientLinks over real HTTP: a 100-row page of a 100,000-link seed, different
 * pages and orderings, next to two baselines from the same run (the health endpoint of
 * the same server, and the same searches on a 2,000-link seed).
 * Run: npx tsx bench/emulator-search.ts   Target: median < 20 ms.
 */
import { cpus, loadavg } from "node:os"
import { performance } from "node:perf_hooks"

import { startEmulatorServer } from "@/lib/emulator/node-server"
import { SANDBOX_DEVELOPER_TOKEN } from "@/lib/emulator/options"

const ORDERS = ["Id", "Name", "Number"].flatMap((Field) =>
  ["Ascending", "Descending"].map((Order) => ({ Field, Order })),
)
const RUNS = 300

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (n=${s.length})`
}

async function timed(fn: () => Promise<Response>): Promise<number> {
  const t = performance.now()
  const res = await fn()
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return performance.now() - t
}

async function bench(links: number) {
  let t = performance.now()
  const server = await startEmulatorServer({ links, seed: 1 })
  const startMs = performance.now() - t
  const { state } = server.emulator
  t = performance.now()
  state.links.seed({ seed: 1, links })
  const seedMs = performance.now() - t
  const admin = [...state.directory.users.values()].find((u) =>
    u.roles.some(
      (r) => r.CustomerId === state.plan.agencyCustomerId && r.RoleId === 41,
    ),
  )!
  const token = state.tokens.issueTokens(
    admin.Id,
    "bench",
    "msads.manage",
    false,
  ).accessToken
  const headers = {
    Authorization: `Bearer ${token}`,
    DeveloperToken: SANDBOX_DEVELOPER_TOKEN,
    "Content-Type": "application/json",
  }
  const pages = Math.max(1, Math.floor(links / 100))
  const search =
    (i: number, Field = "DirectManagingCustomerId") =>
    () =>
      fetch(`${server.url}/CustomerManagement/v13/ClientLinks/Search`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          Predicates: [
            { Field, Operator: "Equals", Value: state.plan.agencyCustomerId },
          ],
          Ordering: [ORDERS[i % ORDERS.length]],
          PageInfo: { Index: (i * 7919) % pages, Size: 100 },
        }),
      })
  const cold: number[] = []
  for (let i = 0; i < ORDERS.length; i++) cold.push(await timed(search(i)))
  const warm: number[] = []
  for (let i = 0; i < RUNS; i++) warm.push(await timed(search(i + 1)))
  const managing: number[] = []
  for (let i = 0; i < 6; i++) await timed(search(i, "ManagingCustomerId"))
  for (let i = 0; i < RUNS / 3; i++)
    managing.push(await timed(search(i + 1, "ManagingCustomerId")))
  // The operation alone, no HTTP: what the link service itself costs per page.
  const op: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const o = ORDERS[i % ORDERS.length]
    const body = {
      Predicates: [
        {
          Field: "DirectManagingCustomerId",
          Operator: "Equals",
          Value: state.plan.agencyCustomerId,
        },
      ],
      Ordering: [o],
      PageInfo: { Index: (i * 7919) % pages, Size: 100 },
    }
    const t0 = performance.now()
    JSON.stringify(state.links.search({ user: admin }, body, "bench").body)
    op.push(performance.now() - t0)
  }
  const health: number[] = []
  for (let i = 0; i < RUNS; i++)
    health.push(await timed(() => fetch(`${server.url}/_emulator/health`)))

  console.log(
    `\n${links.toLocaleString("en")} links requested (${state.links.count().toLocaleString("en")} held, history included)`,
  )
  console.log(
    `  server start (directory + links): ${startMs.toFixed(0)} ms; link seed alone: ${seedMs.toFixed(0)} ms`,
  )
  console.log(
    `  first request per ordering (builds the sorted cache): ${cold.map((x) => x.toFixed(1)).join(", ")} ms`,
  )
  console.log(
    `  search, DirectManagingCustomerId, 100-row pages: ${stats(warm)}`,
  )
  console.log(
    `  search, ManagingCustomerId, 100-row pages:       ${stats(managing)}`,
  )
  console.log(`  same page in-process (service.search + JSON):  ${stats(op)}`)
  console.log(
    `  baseline GET /_emulator/health:                  ${stats(health)}`,
  )
  await server.close()
}

console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} on ${cpus().length} cores`,
)
await bench(2_000)
await bench(100_000)
