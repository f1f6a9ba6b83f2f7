import { queryOptions } from "@tanstack/react-query"

import type { Me } from "./me"

/*
 * Apart from ./me so the dashboard's first load carries no zod: the schema is
 * imported when the answer is there to parse.
 */

export class MeRequestError extends Error {
  override name = "MeRequestError"
  constructor(readonly status: number) {
    super(`GET /api/me answered HTTP ${status}`)
  }
}

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async ({ signal }): Promise<Me> => {
    const res = await fetch("/api/me", { signal, cache: "no-store" })
    if (!res.ok) throw new MeRequestError(res.status)
    const json: unknown = await res.json()
    const { meSchema } = await import("./me")
    return meSchema.parse(json)
  },
  staleTime: 60_000,
  retry: (count, error) =>
    !(error instanceof MeRequestError && error.status < 500) && count < 2,
})
