import { createClientLinksClient } from "./client.server"
import { UpstreamError } from "./upstream-error"

/** A recording fetch and helpers for the client tests (imported by *.test.ts only). */
export interface Call {
  url: string
  method: string
  headers: Headers
  body: unknown
}

/** A fetch that records each request and answers with `respond`. */
export function fakeFetch(
  respond: (call: Call) => Response | Promise<Response>,
) {
  const calls: Call[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const call = {
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: JSON.parse(
        typeof init?.body === "string" ? init.body : "null",
      ) as unknown,
    }
    calls.push(call)
    return respond(call)
  }
  return { calls, fetch }
}

export { jsonResponse as json } from "@/test/json-response.test-support"

export const WRITE_OK = { OperationErrors: [], PartialErrors: [null] }

export const make = (
  fetch: typeof globalThis.fetch,
  extra: Partial<Parameters<typeof createClientLinksClient>[0]> = {},
) =>
  createClientLinksClient({
    baseUrl: "https://cm.test/",
    accessToken: "tok",
    developerToken: "dev",
    fetch,
    ...extra,
  })

/** The UpstreamError a call rejects with. */
export async function failure(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p
  } catch (e) {
    if (e instanceof UpstreamError) return e
    throw e
  }
  throw new Error("expected the call to fail")
}
