/**
 * Status views: the cost of gathering every link of an agency over real HTTP (the
 * standalone emulator, in this process), then sorting and counting them on our side, at
 * 10,000 and 100,000 links. Each figure sits next to a baseline from the same run: the
 * bound ceil(pages / concurrency) × one page's latency (median of sequential calls).
 * Run: npx tsx bench/gather.ts
 */
import { spawn, spawnSync } from "node:child_process"
import { cpus } from "node:os"
import { performance } from "node:perf_hooks"

import type { LinkRow } from "@/lib/contract/grid"

// client.ts imports "server-only", which only resolves under the react-server condition.
if (!process.execArgv.some((a) => a.includes("react-server"))) {
  const r = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      ...process.execArgv,
      ...process.argv.slice(1),
    ],
    { stdio: "inherit" },
  )
  process.exit(r.status ?? 1)
}

const { createClientLinksClient } = await import("@/lib/ads-api/client.server")
const { walkLinks } = await import("@/lib/grid/gather-walk")
const { queryRows, sortRows } = await import("@/lib/grid/query")
const { gridQuerySchema } = await import("@/lib/contract/grid")
const { toGridRow } = await import("@/lib/grid/link-rows")
const { SANDBOX_DEVELOPER_TOKEN } = await import("@/lib/emulator/options")

const ms = (n: number) => `${n.toFixed(0)} ms`
const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0

/** Starts the emulator in a child process; resolves with its URL and a token. */
function startEmulator(links: number, latencyMs: number) {
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      "bench/gather-emulator.ts",
      String(links),
      String(latencyMs),
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  )
  return new Promise<{
    url: string
    accessToken: string
    agency: string
    stop: () => void
  }>((resolve, reject) => {
    let out = ""
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString()
      const line = out.split("\n")[0]
      if (out.includes("\n") && line) {
        const info = JSON.parse(line) as {
          url: string
          accessToken: string
          agency: string
        }
        resolve({ ...info, stop: () => child.stdin.end() })
      }
    })
    child.once("exit", (code) => reject(new Error(`emulator exited ${code}`)))
  })
}

async function bench(
  links: number,
  latencyMs: number,
  concurrencies: number[],
) {
  const server = await startEmulator(links, latencyMs)
  const { agency } = server
  const client = createClientLinksClient({
    baseUrl: server.url,
    accessToken: server.accessToken,
    developerToken: SANDBOX_DEVELOPER_TOKEN,
    customerId: agency,
  })
  const page = (Index: number) =>
    client.searchClientLinks({
      Predicates: [
        {
          Field: "DirectManagingCustomerId",
          Operator: "Equals",
          Value: agency,
        },
      ],
      Ordering: [{ Field: "Id", Order: "Ascending" }],
      PageInfo: { Index, Size: 100 },
    })
  for (let i = 0; i < 5; i++) await page(i) // warm up
  const single: number[] = []
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    await page((i * 7) % Math.ceil(links / 100))
    single.push(performance.now() - t)
  }
  const pageMs = median(single)
  const pages = Math.ceil(links / 100) + (links % 100 === 0 ? 1 : 0)
  console.log(
    `\n${links.toLocaleString("en")} links, emulator latency ${latencyMs} ms: ${pages} pages, one page ${pageMs.toFixed(1)} ms (median of 30)`,
  )

  for (const concurrency of concurrencies) {
    const rows = new Map<string, LinkRow>()
    let firstAt = 0
    const t0 = performance.now()
    await walkLinks(
      client,
      { customerId: agency, kind: "agency" },
      {
        concurrency,
        onLinks: (batch) => {
          const now = Date.now()
          for (const l of batch) {
            const r = toGridRow(l, now)
            if (r) rows.set(r.key, r)
          }
          if (!firstAt && rows.size >= 100) firstAt = performance.now() - t0
        },
      },
    )
    const gathered = performance.now() - t0
    const t1 = performance.now()
    const sorted = sortRows([...rows.values()], "lastModified", "desc")
    const result = queryRows(sorted, gridQuerySchema.parse({ view: "pending" }))
    const sortCount = performance.now() - t1
    const t2 = performance.now()
    queryRows(
      sorted,
      gridQuerySchema.parse({ view: "attention", q: "a", page: "3" }),
    )
    const requery = performance.now() - t2
    const bound = Math.ceil(pages / concurrency) * pageMs
    console.log(
      [
        `  concurrency ${concurrency}: ${rows.size} rows`,
        `first 100 rows ${ms(firstAt)} (baseline: one page ${ms(pageMs)})`,
        `all pages ${ms(gathered)} (baseline bound ${ms(bound)}, ratio ${(gathered / bound).toFixed(2)})`,
        `sort + count ${ms(sortCount)} (pending ${result.counts.pending})`,
        `full counts ${ms(gathered + sortCount)}`,
        `next request on the cached sort ${ms(requery)}`,
      ].join("\n    "),
    )
  }
  server.stop()
}

console.log(
  `node ${process.version}, ${cpus().length} CPUs, ${new Date().toISOString()}`,
)
const heavy = process.argv.includes("--quick") ? [] : [100_000]
await bench(10_000, 0, [1, 2, 4, 8])
await bench(10_000, 100, [1, 4, 8])
for (const n of heavy) {
  await bench(n, 0, [2, 4, 8])
  await bench(n, 100, [8])
}
