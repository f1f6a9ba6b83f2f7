import { spawn, type ChildProcess } from "node:child_process"
import { createServer } from "node:net"

import { expect, test } from "@playwright/test"

import { e2eProduction } from "./support/env"

// The production build as a container runs it (`npm start`), started here with a chosen
// environment: what a misconfigured container answers, and the demo opt-in.
test.skip(!e2eProduction, "needs the production build (CI=true or E2E_PROD=1)")

const DEV_TOKEN = "e2e-developer-token-value-1f3a"
const SESSION_SECRET = "e2e-session-secret-value-9c2b"

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address()
      srv.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      )
    })
  })
}

interface Started {
  url: string
  child: ChildProcess
}

async function start(vars: Record<string, string>): Promise<Started> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // Only what a bare container has, plus the case's variables: nothing from the e2e app.
  const child = spawn(process.execPath, ["scripts/start-standalone.mjs"], {
    env: {
      NODE_ENV: "production",
      PATH: process.env.PATH ?? "",
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      ...vars,
    },
    stdio: "ignore",
  })
  await expect
    .poll(
      () =>
        fetch(`${url}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .not.toBe(0)
  return { url, child }
}

let running: Started | null = null
test.afterEach(() => {
  running?.child.kill("SIGTERM")
  running = null
})

test("a container missing a real-API variable fails its health check by name, never by value", async () => {
  running = await start({
    MSADS_API_URL: "http://127.0.0.1:9",
    MSADS_CLIENT_ID: "linkdesk-e2e",
    MSADS_DEVELOPER_TOKEN: DEV_TOKEN,
    NEXTAUTH_SECRET: SESSION_SECRET,
    NEXTAUTH_URL: "https://linkdesk.example.com",
  })
  const res = await fetch(`${running.url}/api/health`)
  const text = await res.text()
  expect(res.status).toBe(503)
  expect(JSON.parse(text)).toMatchObject({
    error: "configuration",
    variables: ["MSADS_CLIENT_SECRET"],
  })
  expect(text).not.toContain(DEV_TOKEN)
  expect(text).not.toContain(SESSION_SECRET)
})

test("a production server on the emulator refuses to serve without LINKDESK_DEMO", async () => {
  running = await start({})
  const res = await fetch(`${running.url}/api/health`)
  expect(res.status).toBe(503)
  expect(await res.json()).toMatchObject({
    variables: ["MSADS_API_URL", "LINKDESK_DEMO"],
  })
})

// The e2e build is a real-API one, which leaves the emulator out (docs/emulator.md, "In
// the build"): a demo needs a build made with LINKDESK_DEMO=1.
test("a real-API build refuses LINKDESK_DEMO=1 by name, saying to build the demo with it", async () => {
  running = await start({ LINKDESK_DEMO: "1" })
  const res = await fetch(`${running.url}/api/health`)
  expect(res.status).toBe(503)
  const body = (await res.json()) as { variables: string[]; message: string }
  expect(body.variables).toEqual(["LINKDESK_DEMO"])
  expect(body.message).toContain("set at build time")
})
