"use client"

import { BillingFields } from "./billing-fields"
import { ClientFields, type CustomerOption } from "./client-fields"
import { DetailsFields } from "./details-fields"
import { InviterFields } from "./inviter-fields"
import { useRowField } from "./use-row-field"

/** Every field of one invitation row. `locked` (a sent row) shows it read-only. */
export function RowEditor({
  index,
  customers,
  canInviteCustomers,
  locked = false,
}: {
  index: number
  customers: CustomerOption[]
  canInviteCustomers: boolean
  locked?: boolean
}) {
  const f = useRowField(index)
  return (
    // A disabled fieldset locks every control at once and keeps their values in the form.
    <fieldset disabled={locked} className="min-w-0">
      <legend className="sr-only">Invitation {index + 1}</legend>
      <ClientFields
        f={f}
        customers={customers}
        canInviteCustomers={canInviteCustomers}
      />
      <BillingFields f={f} />
      <DetailsFields f={f} />
      <InviterFields f={f} />
    </fieldset>
  )
}
