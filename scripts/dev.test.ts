import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { describe, expect, it } from "vitest"

import { parseEnv } from "@/lib/env.server"

import { nextDevArgs } from "./dev.mjs"

const portOf = (args: string[]) => args[args.indexOf("--port") + 1]

describe("npm run dev (scripts/dev.mjs)", () => {
  it("listens on 3000 when PORT is unset or blank", () => {
    expect(nextDevArgs({})).toEqual([
      "dev",
      "--hostname",
      "127.0.0.1",
      "--port",
      "3000",
    ])
    expect(portOf(nextDevArgs({ PORT: " " }))).toBe("3000")
  })

  it("listens on PORT, the port lib/env.server.ts builds the emulator and sign-in URLs from", () => {
    const source = { PORT: "3201" }
    const port = portOf(nextDevArgs(source))
    expect(port).toBe("3201")
    const env = parseEnv(source)
    for (const url of [env.apiUrl, env.authUrl, env.nextAuthUrl])
      expect(new URL(url).port).toBe(port)
  })

  it("passes other arguments through to next dev", () => {
    expect(nextDevArgs({}, ["--turbopack"]).at(-1)).toBe("--turbopack")
  })

  it("refuses a malformed PORT and a port given as an argument", () => {
    expect(() => nextDevArgs({ PORT: "30a0" })).toThrow(
      'PORT must be a port number (1-65535), not "30a0".',
    )
    expect(() => nextDevArgs({ PORT: "70000" })).toThrow("PORT must be")
    expect(() => nextDevArgs({}, ["--port", "4000"])).toThrow(
      "Set the port with PORT=<port> npm run dev",
    )
    expect(() => nextDevArgs({}, ["-p=4000"])).toThrow("Set the port")
  })
})

describe("npm run dev", () => {
  const root = fileURLToPath(new URL("..", import.meta.url))

  it("goes through scripts/dev.mjs, which reads PORT before next starts", () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts.dev).toBe("node scripts/dev.mjs")
    const run = spawnSync(process.execPath, ["scripts/dev.mjs"], {
      cwd: root,
      env: { ...process.env, PORT: "not-a-port" },
      encoding: "utf8",
      timeout: 10_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      'PORT must be a port number (1-65535), not "not-a-port".',
    )
  })
})
