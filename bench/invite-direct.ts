import { performance } from "node:perf_hooks"

import { LINKS_PER_CALL, DEFAULT_CONCURRENCY } from "@/lib/ads-api/batch"
import { SANDBOX_DEVELOPER_TOKEN } from "@/lib/emulator/options"

import { BENCH_ADMIN, emulatorToken } from "./signin"

/**
 * The bulk invite's reference: the same number of AddClientLinks calls of LINKS_PER_CALL rows,
 * DEFAULT_CONCURRENCY in flight, from a bare Node client straight to the emulator (no
 * dashboard). Its wall time is what the latency plus each call's HTTP and emulator work
 * cost on this machine, which the bound leaves out. Unknown account ids, distinct from the
 * dashboard's: every row is refused, but every chunk is one call, as in the dashboard's run.
 * Returns the wall time in ms.
 */
export async function directInvite(emu: string, rows: number): Promise<number> {
  const token = await emulatorToken(emu, BENCH_ADMIN)
  const plan = (await (await fetch(`${emu}/_emulator/plan`)).json()) as {
    agencyCustomer: { id: string }
  }
  const managerId = plan.agencyCustomer.id
  const chunks = Array.from(
    { length: Math.ceil(rows / LINKS_PER_CALL) },
    (_, c) =>
      Array.from(
        { length: Math.min(LINKS_PER_CALL, rows - c * LINKS_PER_CALL) },
        (_, k) => ({
          Type: "AccountLink",
          ClientEntityId: String(800_000_000 + c * LINKS_PER_CALL + k),
          ManagingCustomerId: managerId,
          IsBillToClient: true,
        }),
      ),
  )
  const send = async (links: unknown[]) => {
    const res = await fetch(`${emu}/CustomerManagement/v13/ClientLinks`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        DeveloperToken: SANDBOX_DEVELOPER_TOKEN,
        CustomerId: managerId,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ ClientLinks: links }),
    })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`direct AddClientLinks: ${res.status}`)
  }
  let next = 0
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: DEFAULT_CONCURRENCY }, async () => {
      for (let c = next++; c < chunks.length; c = next++)
        await send(chunks[c] ?? [])
    }),
  )
  return performance.now() - t0
}
