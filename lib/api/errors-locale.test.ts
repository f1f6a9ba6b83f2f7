import { describe, expect, it } from "vitest"

import { inviteRequestSchema, statusRequestSchema } from "@/lib/contract/writes"

import { fromZodError } from "./errors"

/*
 * This file imports no zod itself: the contract's schemas are zod/mini, so the English
 * messages below come only from the locale that ./errors installs for the server.
 */
const fieldsOf = (r: { success: boolean; error?: unknown }) => {
  if (r.success) throw new Error("should fail")
  return fromZodError(r.error as Parameters<typeof fromZodError>[0]).fields
}

describe("error bodies for the shared zod/mini schemas", () => {
  it("keep zod's English default messages", () => {
    expect(fieldsOf(inviteRequestSchema.safeParse({ links: [] }))).toEqual({
      links: "Too small: expected array to have >=1 items",
    })
    const status = statusRequestSchema.safeParse({
      action: "approve",
      links: [
        { Type: "AccountLink", ClientEntityId: "1", ManagingCustomerId: "2" },
      ],
      note: 3,
    })
    expect(fieldsOf(status)).toEqual({
      action:
        'Invalid option: expected one of "accept"|"decline"|"cancel"|"unlink"',
      note: "Invalid input: expected string, received number",
    })
  })
})
