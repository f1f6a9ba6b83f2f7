// `npm run dev`: `next dev` on the port PORT names (default 3000). lib/env.server.ts builds the
// emulator and sign-in URLs from the same PORT, so one variable moves all of them.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { pathToFileURL } from "node:url"

export const DEFAULT_PORT = 3000

/**
 * Arguments for `next`: PORT validated as lib/env.server.ts does; other arguments passed through.
 * A port given as an argument would leave lib/env.server.ts on another one, so it is refused.
 */
export function nextDevArgs(env, extra = []) {
  if (extra.some((a) => /^(-p|--port)(=|$)/.test(a)))
    throw new Error("Set the port with PORT=<port> npm run dev, not --port.")
  const raw = env.PORT?.trim() || String(DEFAULT_PORT)
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number (1-65535), not "${raw}".`)
  return ["dev", "--hostname", "127.0.0.1", "--port", String(port), ...extra]
}

function main() {
  let args
  try {
    args = nextDevArgs(process.env, process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  const port = args[args.indexOf("--port") + 1]
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next")
  // PORT goes along so lib/env.server.ts builds its URLs from the port next listens on.
  const child = spawn(process.execPath, [next, ...args], {
    stdio: "inherit",
    env: { ...process.env, PORT: port },
  })
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
    process.on(signal, () => child.kill(signal))
  child.on("exit", (code, signal) => {
    if (signal) process.kill(process.pid, signal)
    else process.exit(code ?? 0)
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main()
