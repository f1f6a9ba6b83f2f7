import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http"
import type { AddressInfo } from "node:net"

import { createEmulator, type Emulator } from "./handler"
import type { LinkServiceFactory } from "./link-service"
import type { EmulatorOptionsInput } from "./options"

/**
 * The emulator on its own port: node:http in, fetch Request/Response to the handler, and
 * back. A `drop` fault (Response.error()) destroys the socket without an answer.
 */
export interface EmulatorServer {
  url: string
  close(): Promise<void>
  emulator: Emulator
}

export async function startEmulatorServer(
  options: EmulatorOptionsInput & {
    port?: number
    host?: string
    createLinks?: LinkServiceFactory
  } = {},
): Promise<EmulatorServer> {
  const { port = 0, host = "127.0.0.1", createLinks, ...rest } = options
  const emulator = createEmulator(rest, { createLinks })
  const server = createServer((req, res) => {
    serve(emulator, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  })
  // Idle keep-alive sockets stay open longer than clients keep them (undici: 4 s), so the
  // server closing one never races a client reusing it (an ECONNRESET on a write would
  // leave its outcome unknown). Node's default is 5 s; 65 s is the usual load-balancer value.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://${host}:${bound}`,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        emulator.flush()
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}

async function serve(
  emulator: Emulator,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v)
  const method = req.method ?? "GET"
  const request = new Request(
    `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
    {
      method,
      headers,
      body:
        method === "GET" || method === "HEAD" || !chunks.length
          ? undefined
          : Buffer.concat(chunks),
    },
  )
  const response = await emulator.handle(request)
  if (response.type === "error") {
    req.socket.destroy()
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, {
    ...Object.fromEntries(response.headers),
    "Content-Length": String(body.length),
  })
  res.end(body)
}
