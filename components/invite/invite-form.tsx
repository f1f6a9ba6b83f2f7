"use client"

import { useSyncExternalStore } from "react"

import { Card, CardContent } from "@/components/ui/card"
import { Spinner } from "@/components/ui/spinner"
import { draftKey } from "@/lib/invite/draft"
import type { FormRow, RowDefaults } from "@/lib/invite/form-row"

import type { CustomerOption } from "./client-fields"
import { InviteFormBody } from "./invite-form-body"

export interface InviteFormProps {
  userId: string
  customerId: string
  defaults: RowDefaults
  customers: CustomerOption[]
  canInviteCustomers: boolean
  /** A row from the query (the grid's "Re-invite"), added to the draft. */
  prefill: FormRow | null
}

const subscribeNothing = () => () => {}

/**
 * The form starts from the draft in localStorage, which only the browser has, so it
 * renders after hydration. Keyed by user + customer: switching customer swaps drafts.
 */
export function InviteForm(props: InviteFormProps) {
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  )
  if (!hydrated)
    return (
      <Card>
        <CardContent className="flex justify-center py-16">
          <Spinner label="Loading your draft" />
        </CardContent>
      </Card>
    )
  return (
    <InviteFormBody key={draftKey(props.userId, props.customerId)} {...props} />
  )
}
