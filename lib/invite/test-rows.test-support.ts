import { emptyRow, type FormRow, type RowDefaults } from "./form-row"

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
