import type { RowError, RowResult } from "@/lib/contract/writes"

import { emptyRow, type FormRow, type RowDefaults } from "./form-row"
import type { SendItem } from "./send-loop"

export const DEFAULTS: RowDefaults = {
  ManagingCustomerId: "900",
  InviterEmail: "ada@agency.example",
  InviterName: "Ada",
  InviterPhone: "+1 425 555 0100",
}

/** A valid account-link row; override what a test is about. */
export const accountRow = (over: Partial<FormRow> = {}): FormRow => ({
  ...emptyRow(DEFAULTS),
  ClientEntityId: "1001",
  IsBillToClient: "true",
  ...over,
})

/** A valid account link ready to send, keyed k<n>. */
export const item = (n: number): SendItem => ({
  key: `k${n}`,
  identity: `AccountLink|id:${n}|id:900`,
  link: {
    Type: "AccountLink",
    ClientEntityId: String(n),
    ManagingCustomerId: "900",
    IsBillToClient: true,
  },
})
export const err = (code: number, retryable = false) => ({
  code,
  message: `service ${code}`,
  details: null,
  trackingId: `t-${code}`,
  retryable,
})
export const fail = (...errors: RowError[]): RowResult => ({
  ok: false,
  errors,
})
export const none = () => undefined
