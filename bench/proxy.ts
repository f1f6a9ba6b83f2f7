import { SANDBOX_DEVELOPER_TOKEN } from "@/lib/emulator/options"

import { load, type LoadResult, type Row } from "./load"
import { BENCH_ADMIN, emulatorToken } from "./signin"

const PAGE_SIZE = 25
const ms = (n: number) => `${n.toFixed(1)} ms`
const delta = (n: number) => `${n < 0 ? "−" : "+"}${ms(Math.abs(n))}`

/**
 * Proxy overhead: our GET /api/client-links against one SearchClientLinks of the same page
 * size straight to the emulator, at concurrency 1 and 50. A second reference: the app's
 * GET /api/health (a Next.js route handler that does nothing), the ceiling of any route.
 */
export async function proxyOverhead(
  app: string,
  emu: string,
  cookie: string,
): Promise<Row[]> {
  const rows: Row[] = []
  const token = await emulatorToken(emu, BENCH_ADMIN)
  const personas = (await (
    await fetch(`${emu}/_emulator/personas`)
  ).json()) as {
    personas: { email: string; roles: { customerId: string }[] }[]
  }
  const agency =
    personas.personas.find((p) => p.email === BENCH_ADMIN)?.roles[0]
      ?.customerId ?? ""
  const viaApp = () =>
    fetch(`${app}/api/client-links?pageSize=${PAGE_SIZE}`, {
      headers: { cookie },
    })
  const direct = () =>
    fetch(`${emu}/CustomerManagement/v13/ClientLinks/Search`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        DeveloperToken: SANDBOX_DEVELOPER_TOKEN,
        CustomerId: agency,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        Predicates: [
          {
            Field: "DirectManagingCustomerId",
            Operator: "Equals",
            Value: agency,
          },
        ],
        PageInfo: { Index: 0, Size: PAGE_SIZE },
      }),
    })
  const trivial = () => fetch(`${app}/api/health`)
  // The route gathers every page once, then answers from that copy: wait until complete.
  for (let i = 0; i < 60; i++) {
    const body = (await (await viaApp()).json()) as { complete?: boolean }
    if (body.complete) break
    await new Promise((r) => setTimeout(r, 500))
  }
  for (const [concurrency, total] of [
    [1, 200],
    [50, 2000],
  ] as const) {
    await load(viaApp, 20, concurrency)
    await load(direct, 20, concurrency)
    await load(trivial, 20, concurrency)
    const a: LoadResult = await load(viaApp, total, concurrency)
    const d: LoadResult = await load(direct, total, concurrency)
    const t: LoadResult = await load(trivial, total, concurrency)
    const c = `c=${concurrency}`
    const share = (r: LoadResult) =>
      `${((100 * r.throughput) / d.throughput).toFixed(0)}%`
    rows.push(
      [
        `Search p50, ${c}`,
        ms(a.p50),
        ms(d.p50),
        delta(a.p50 - d.p50),
        "≤ +2 ms",
      ],
      [`Search p99, ${c}`, ms(a.p99), ms(d.p99), delta(a.p99 - d.p99), ""],
      [
        `Search throughput, ${c}`,
        `${a.throughput.toFixed(0)}/s`,
        `${d.throughput.toFixed(0)}/s`,
        share(a),
        "≥ 90%",
      ],
      [
        `Empty Next route throughput, ${c}`,
        `${t.throughput.toFixed(0)}/s`,
        `${d.throughput.toFixed(0)}/s`,
        share(t),
        "reference",
      ],
    )
    if (a.failures + d.failures + t.failures > 0)
      rows.push([
        `Failed calls, ${c}`,
        String(a.failures + t.failures),
        String(d.failures),
        "",
        "0",
      ])
  }
  return rows
}
