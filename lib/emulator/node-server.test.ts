import { afterEach, describe, expect, it } from "vitest"

import { startEmulatorServer, type EmulatorServer } from "./node-server"
import { CLIENT, DEV_TOKEN, REDIRECT, SCOPE } from "./harness.test-support"
import { createStubLinks } from "./stub-links.test-support"

let server: EmulatorServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

async function signIn(url: string, email: string) {
  const q = new URLSearchParams({
    client_id: CLIENT,
    response_type: "code",
    redirect_uri: REDIRECT,
    scope: SCOPE,
    state: "s",
    login_hint: email,
  })
  const auth = await fetch(`${url}/oauth2/v2.0/authorize?${q}`, {
    redirect: "manual",
  })
  expect(auth.status).toBe(302)
  const code =
    new URL(auth.headers.get("location") ?? "").searchParams.get("code") ?? ""
  const res = await fetch(`${url}/oauth2/v2.0/token`, {
    method: "POST",
    body: new URLSearchParams({
      client_id: CLIENT,
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
    }),
  })
  return ((await res.json()) as { access_token: string }).access_token
}

const headers = (token: string, extra: Record<string, string> = {}) => ({
  Authorization: `Bearer ${token}`,
  DeveloperToken: DEV_TOKEN,
  "Content-Type": "application/json",
  ...extra,
})

describe("node server", () => {
  it("serves sign-in and the API over real HTTP", async () => {
    server = await startEmulatorServer({
      links: 10,
      createLinks: createStubLinks,
    })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const token = await signIn(server.url, "admin@northwind.example")
    const res = await fetch(`${server.url}/CustomerManagement/v13/User/Query`, {
      method: "POST",
      headers: headers(token),
      body: '{"UserId":null}',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe(
      "application/json; charset=utf-8",
    )
    expect(res.headers.get("trackingid")).toMatch(/^[0-9a-f-]{36}$/)
    expect(await res.json()).toMatchObject({
      User: { UserName: "admin@northwind.example" },
    })
  })

  it("closes the connection without an answer for a drop fault", async () => {
    server = await startEmulatorServer({
      links: 10,
      createLinks: createStubLinks,
    })
    const token = await signIn(server.url, "admin@contoso.example")
    const call = fetch(`${server.url}/CustomerManagement/v13/ClientLinks`, {
      method: "POST",
      headers: headers(token, { "X-Emulator-Fault": "drop" }),
      body: '{"ClientLinks":[{}]}',
    })
    await expect(call).rejects.toThrow()
    expect(
      (server.emulator.state.links as ReturnType<typeof createStubLinks>)
        .writes,
    ).toBe(0)
  })

  it("runs the real link service by default", async () => {
    server = await startEmulatorServer({ links: 30 })
    const token = await signIn(server.url, "admin@contoso.example")
    const agency = server.emulator.state.plan.agencyCustomerId
    const res = await fetch(
      `${server.url}/CustomerManagement/v13/ClientLinks/Search`,
      {
        method: "POST",
        headers: headers(token),
        body: JSON.stringify({
          Predicates: [
            {
              Field: "DirectManagingCustomerId",
              Operator: "Equals",
              Value: agency,
            },
          ],
          PageInfo: { Index: 0, Size: 10 },
        }),
      },
    )
    expect(res.status).toBe(200)
    const body = (await res.json()) as { ClientLinks: unknown[] }
    expect(body.ClientLinks.length).toBeGreaterThan(0)
  })
})
