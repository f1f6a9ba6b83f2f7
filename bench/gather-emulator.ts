/**
 * The standalone emulator for bench/gather.ts, in its own process so its CPU and heap
 * are not the gatherer's (as with the real API). Prints one JSON line, then serves
 * until stdin closes. Args: links latencyMs.
 */
import { startEmulatorServer } from "@/lib/emulator/node-server"

const links = Number(process.argv[2] ?? 10_000)
const latencyMs = Number(process.argv[3] ?? 0)
const server = await startEmulatorServer({
  port: 0,
  links,
  seed: 1,
  faults: { latencyMs },
})
const { state } = server.emulator
const agency = state.plan.agencyCustomerId
const admin = [...state.directory.users.values()].find((u) =>
  u.roles.some((r) => r.CustomerId === agency && r.RoleId === 41),
)
if (!admin) throw new Error("no agency admin in the seed")
const { accessToken } = state.tokens.issueTokens(
  admin.Id,
  "bench",
  "msads.manage",
  false,
)
process.stdout.write(
  `${JSON.stringify({ url: server.url, accessToken, agency })}\n`,
)
process.stdin.resume()
process.stdin.on("end", () => void server.close().then(() => process.exit(0)))
