import "server-only"

import { apiBaseUrl, env } from "@/lib/env.server"

import {
  type ClientLinksClient,
  createClientLinksClient,
} from "./client.server"

/** Whose token the client sends, and for which customer. */
export interface UpstreamIdentity {
  accessToken: string
  customer: { id: string }
}

/**
 * The typed client acting as a signed-in user for their selected customer, against the
 * configured API (Microsoft's or the emulator, lib/env.server.ts).
 */
export const upstreamClient = (who: UpstreamIdentity): ClientLinksClient =>
  createClientLinksClient({
    baseUrl: apiBaseUrl(),
    accessToken: who.accessToken,
    developerToken: env.developerToken,
    customerId: who.customer.id,
  })

/** The client sign-in uses before there is a session (GetUser, the customer list). */
export const directoryClient = (accessToken: string, customerId?: string) =>
  createClientLinksClient({
    baseUrl: apiBaseUrl(),
    accessToken,
    developerToken: env.developerToken,
    customerId,
    timeoutMs: 15_000,
  })
