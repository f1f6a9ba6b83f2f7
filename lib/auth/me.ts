import * as z from "zod/mini"

/** `GET /api/me`: who is signed in, for which customer, with which rights. No token. */
export const meSchema = z.object({
  user: z.object({ name: z.string(), email: z.string() }),
  customer: z.object({
    id: z.string(),
    name: z.string(),
    number: z.nullable(z.string()),
    kind: z.enum(["agency", "client"]),
    role: z.string(),
  }),
  customers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      number: z.nullable(z.string()),
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
