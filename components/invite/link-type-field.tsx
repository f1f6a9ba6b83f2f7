"use client"

import { ChoiceCards } from "./choice-cards"
import type { RowField } from "./use-row-field"

/** Account or customer link; customer links need the Super Admin role. */
export function LinkTypeField({
  f,
  canInviteCustomers,
}: {
  f: RowField
  canInviteCustomers: boolean
}) {
  return (
    <ChoiceCards
      id={f.id("Type")}
      legend="Link type"
      registration={f.register("Type")}
      error={f.error("Type")}
      choices={[
        {
          value: "AccountLink",
          title: "Account link",
          text: "Manage one client ad account.",
        },
        {
          value: "CustomerLink",
          title: "Customer link",
          text: canInviteCustomers
            ? "Manage every account of a client customer."
            : "Only Super Admins can send customer links.",
          disabled: !canInviteCustomers,
        },
      ]}
    />
  )
}
