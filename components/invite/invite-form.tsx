"use client"

import { startTransition, useEffect, useState } from "react"

import { Button } from "@/components/ui/button"
import { Card, CardContent } from "@/components/ui/card"
import { loadOnIntent } from "@/components/ui/load-on-intent"
import { Spinner } from "@/components/ui/spinner"
import type { FormRow, RowDefaults } from "@/lib/invite/form-row"

import type { CustomerOption } from "./client-fields"

export interface InviteFormProps {
  userId: string
  customerId: string
  defaults: RowDefaults
  customers: CustomerOption[]
  canInviteCustomers: boolean
  /** A row from the query (the grid's "Re-invite"), added to the draft. */
  prefill: FormRow | null
}

// The form starts from the draft in localStorage, which only the browser has, so it cannot
// render on the server or before hydration anyway: its code (react-hook-form, the zod rules
// and the draft's schema) loads as the page hydrates instead of with the page's first load.
const body = loadOnIntent(() => import("./invite-form-body"))
type Body = Awaited<ReturnType<typeof body.start>>

/** Keyed by user + customer: switching customer swaps drafts (and the form's state). */
export function InviteForm(props: InviteFormProps) {
  const [loaded, setLoaded] = useState<Body | null>(null)
  const [failed, setFailed] = useState(false)
  // A transition: React renders the form in slices, so the page stays responsive meanwhile.
  const load = () =>
    body.start().then(
      (m) => startTransition(() => setLoaded(m)),
      (e: unknown) => {
        console.error("The invitation form did not load.", e)
        setFailed(true)
      },
    )
  useEffect(() => void load(), [])
  if (loaded)
    return (
      <loaded.InviteFormBody
        key={`${props.userId}:${props.customerId}`}
        {...props}
      />
    )
  return (
    <Card>
      <CardContent className="flex items-center justify-center gap-3 py-16">
        {failed ? (
          <div role="alert" className="flex items-center gap-3 text-[13px]">
            <p>
              The invitation form did not load. Your draft is kept in this
              browser.
            </p>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                setFailed(false)
                void load()
              }}
            >
              Try again
            </Button>
          </div>
        ) : (
          <Spinner label="Loading your draft" />
        )}
      </CardContent>
    </Card>
  )
}
