import { expect } from "vitest"
import { z } from "zod"

import {
  type EmulatorServer,
  startEmulatorServer,
} from "@/lib/emulator/node-server"

import { createClientLinksClient } from "./client.server"
import type { ClientLink } from "./wire"

/**
 * Contract-suite setup (imported by *.test.ts only): the standalone emulator on a free
 * port, and a persona signed in through its OAuth endpoints with login_hint.
 */
export const DEV_TOKEN = "BBD37VB98"
export const AGENCY_ADMIN = "admin@contoso.example"
const REDIRECT = "http://127.0.0.1/callback"

const personasSchema = z.object({
  personas: z.array(
    z.object({
      email: z.string(),
      roles: z.array(
        z.object({
          customerId: z.string(),
          customerName: z.string().nullable(),
        }),
      ),
    }),
  ),
})

export async function signIn(baseUrl: string, email: string): Promise<string> {
  const authorize = new URL("/oauth2/v2.0/authorize", baseUrl)
  for (const [k, v] of Object.entries({
    client_id: "linkdesk-contract-test",
    response_type: "code",
    redirect_uri: REDIRECT,
    scope: "https://ads.microsoft.com/msads.manage offline_access",
    login_hint: email,
    state: "s1",
  }))
    authorize.searchParams.set(k, v)
  const res = await fetch(authorize, { redirect: "manual" })
  expect(res.status).toBe(302)
  const back = new URL(res.headers.get("Location") ?? "")
  expect(back.searchParams.get("state")).toBe("s1")
  const code = back.searchParams.get("code") ?? ""
  const tokenRes = await fetch(new URL("/oauth2/v2.0/token", baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      client_id: "linkdesk-contract-test",
      client_secret: "secret",
    }),
  })
  expect(tokenRes.status).toBe(200)
  return z
    .object({ access_token: z.string().min(1) })
    .parse(await tokenRes.json()).access_token
}

export interface ContractWorld {
  server: EmulatorServer
  agencyId: string
  accessToken: string
  plan: EmulatorServer["emulator"]["state"]["plan"]
  client: (
    extra?: Partial<Parameters<typeof createClientLinksClient>[0]>,
  ) => ReturnType<typeof createClientLinksClient>
  invite: (
    accountId: string,
    extra?: Partial<ClientLink>,
  ) => Partial<ClientLink>
}

export async function startContractWorld(seed: number): Promise<ContractWorld> {
  const server = await startEmulatorServer({ port: 0, links: 250, seed })
  const { personas } = personasSchema.parse(
    await (await fetch(new URL("/_emulator/personas", server.url))).json(),
  )
  const admin = personas.find((p) => p.email === AGENCY_ADMIN)
  const agencyId =
    admin?.roles.find((r) => r.customerName === "Contoso Media")?.customerId ??
    ""
  expect(agencyId).toMatch(/^\d+$/)
  const accessToken = await signIn(server.url, AGENCY_ADMIN)
  return {
    server,
    agencyId,
    accessToken,
    plan: server.emulator.state.plan,
    client: (extra = {}) =>
      createClientLinksClient({
        baseUrl: server.url,
        accessToken,
        developerToken: DEV_TOKEN,
        customerId: agencyId,
        ...extra,
      }),
    invite: (accountId, extra = {}) => ({
      Type: "AccountLink",
      ClientEntityId: accountId,
      ManagingCustomerId: agencyId,
      IsBillToClient: true,
      ...extra,
    }),
  }
}
