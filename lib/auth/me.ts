import { queryOptions } from "@tanstack/react-query"
import { z } from "zod"

/** `GET /api/me`: who is signed in, for which customer, with which rights. No token. */
export const meSchema = z.object({
  user: z.object({ name: z.string(), email: z.string() }),
  customer: z.object({
    id: z.string(),
    name: z.string(),
    number: z.string().nullable(),
    kind: z.enum(["agency", "client"]),
    role: z.string(),
  }),
  customers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      number: z.string().nullable(),
    }),
  ),
  permissions: z.object({
    inviteAccountLinks: z.boolean(),
    inviteCustomerLinks: z.boolean(),
    respond: z.boolean(),
    cancelOrUnlink: z.boolean(),
  }),
})
export type Me = z.output<typeof meSchema>

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
    return meSchema.parse(await res.json())
  },
  staleTime: 60_000,
  retry: (count, error) =>
    !(error instanceof MeRequestError && error.status < 500) && count < 2,
})
