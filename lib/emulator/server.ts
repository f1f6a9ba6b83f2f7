import { parseArgs } from "node:util"

import { personas } from "./dev"
import { startEmulatorServer } from "./node-server"
import {
  optionsFromEnv,
  SANDBOX_DEVELOPER_TOKEN,
  type EmulatorOptionsInput,
} from "./options"

/** `npm run emulator -- --port 4010 --links 2400 …`: flags override EMULATOR_* variables. */
const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    links: { type: "string" },
    seed: { type: "string" },
    "state-file": { type: "string" },
    latency: { type: "string" },
    "fail-rate": { type: "string" },
    "throttle-rate": { type: "string" },
    "rate-limit": { type: "string" },
  },
})

const num = (flag: string, v: string | undefined) => {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isFinite(n))
    throw new Error(`--${flag} must be a number, got ${v}`)
  return n
}

const env = optionsFromEnv()
const input: EmulatorOptionsInput = {
  ...env,
  links: num("links", values.links) ?? env.links,
  seed: num("seed", values.seed) ?? env.seed,
  stateFile: values["state-file"] ?? env.stateFile,
  rateLimitPerMinute:
    num("rate-limit", values["rate-limit"]) ?? env.rateLimitPerMinute,
  faults: {
    ...env.faults,
    ...(values.latency && { latencyMs: num("latency", values.latency) }),
    ...(values["fail-rate"] && {
      status500Rate: num("fail-rate", values["fail-rate"]),
    }),
    ...(values["throttle-rate"] && {
      throttleRate: num("throttle-rate", values["throttle-rate"]),
    }),
  },
}

const server = await startEmulatorServer({
  ...input,
  port: num("port", values.port) ?? Number(process.env.PORT ?? 4010),
  host: values.host ?? "127.0.0.1",
})
const { state } = server.emulator
console.log(`Microsoft Advertising emulator on ${server.url}`)
console.log(
  `  links: ${state.links.count()}  seed: ${state.seed}  developer token: ${SANDBOX_DEVELOPER_TOKEN}`,
)
console.log(
  `  sign in: ${server.url}/oauth2/v2.0/authorize?client_id=any&response_type=code&redirect_uri=...&scope=https%3A%2F%2Fads.microsoft.com%2Fmsads.manage%20offline_access`,
)
for (const p of personas(state))
  console.log(
    `  ${p.email.padEnd(28)} ${p.roles.map((r) => `${r.roleName} @ ${r.customerName}`).join("; ")}`,
  )

const stop = () => {
  void server.close().then(() => process.exit(0))
}
process.on("SIGINT", stop)
process.on("SIGTERM", stop)
