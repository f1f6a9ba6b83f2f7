// `npm start`: serve the production build exactly as the container does, from
// Next's standalone output. The standalone folder omits static assets and
// public/, so copy them in first (the Dockerfile does the same copies).
import { spawn } from "node:child_process"
import { cpSync, existsSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
// Same default as next.config.mjs; the standalone server looks for its assets
// under the same dist dir name, relative to itself.
const distDir = process.env.NEXT_DIST_DIR || ".next"
const standalone = path.join(root, distDir, "standalone")
const server = path.join(standalone, "server.js")

if (!existsSync(server)) {
  console.error("No standalone build found. Run `npm run build` first.")
  process.exit(1)
}

const copies = [
  [
    path.join(root, distDir, "static"),
    path.join(standalone, distDir, "static"),
  ],
  [path.join(root, "public"), path.join(standalone, "public")],
]
for (const [from, to] of copies) {
  if (existsSync(from) && !existsSync(to)) cpSync(from, to, { recursive: true })
}

// Node flags given to this script (e.g. --trace-gc, --max-old-space-size) go to the server.
const child = spawn(process.execPath, [...process.execArgv, server], {
  cwd: standalone,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    HOSTNAME: process.env.HOSTNAME ?? "127.0.0.1",
    PORT: process.env.PORT ?? "3000",
  },
})

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal))
}
child.on("exit", (code, signal) => {
  if (signal) process.kill(process.pid, signal)
  else process.exit(code ?? 0)
})
