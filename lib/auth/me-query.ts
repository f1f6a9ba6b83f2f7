import { queryOptions } from "@tanstack/react-query"

import { ApiRequestError, fetchJson } from "@/lib/fetch-json"

import type { Me } from "./me"

/*
 * Apart from ./me so the dashboard's first load carries no zod: the schema is
 * imported while the request is in flight.
 */

const loadMeSchema = () => import("./me").then((m) => m.meSchema)

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: ({ signal }): Promise<Me> =>
    fetchJson("/api/me", loadMeSchema, { signal, cache: "no-store" }),
  staleTime: 60_000,
  // Our route refused (signed out, no access): asking again gives the same answer.
  retry: (count, error) =>
    !(
      error instanceof ApiRequestError &&
      error.kind === "route" &&
      error.status !== null &&
      error.status < 500
    ) && count < 2,
})
