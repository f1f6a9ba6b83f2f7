"use client"

import { useState } from "react"

import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { ID_FILTER_MAX } from "@/lib/client-links/grid-views"

const parseIds = (text: string) =>
  [...new Set(text.split(/[\s,;]+/).filter(Boolean))].slice(0, ID_FILTER_MAX)

/** Client account and customer id filters: one id or several, separated by commas. */
export function IdFilters(props: {
  accounts: string[]
  customers: string[]
  onApply: (accounts: string[], customers: string[]) => void
}) {
  // Remount when the URL changes (back/forward), so the fields show the URL's ids.
  return (
    <IdFilterForm
      key={`${props.accounts.join()}|${props.customers.join()}`}
      {...props}
    />
  )
}

function IdFilterForm({
  accounts,
  customers,
  onApply,
}: {
  accounts: string[]
  customers: string[]
  onApply: (accounts: string[], customers: string[]) => void
}) {
  const [acc, setAcc] = useState(accounts.join(", "))
  const [cus, setCus] = useState(customers.join(", "))
  const invalid = (t: string) => parseIds(t).some((v) => !/^\d{1,19}$/.test(v))
  const bad = invalid(acc) || invalid(cus)
  const active = accounts.length + customers.length > 0
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        if (!bad) onApply(parseIds(acc), parseIds(cus))
      }}
    >
      <div className="w-48">
        <label
          htmlFor="grid-accounts"
          className="text-fg-muted mb-1 block text-xs"
        >
          Client account ids
        </label>
        <Input
          id="grid-accounts"
          inputMode="numeric"
          placeholder="e.g. 1001, 1002"
          value={acc}
          aria-invalid={invalid(acc) || undefined}
          onChange={(e) => setAcc(e.target.value)}
        />
      </div>
      <div className="w-48">
        <label
          htmlFor="grid-customers"
          className="text-fg-muted mb-1 block text-xs"
        >
          Client customer ids
        </label>
        <Input
          id="grid-customers"
          inputMode="numeric"
          placeholder="e.g. 2001"
          value={cus}
          aria-invalid={invalid(cus) || undefined}
          onChange={(e) => setCus(e.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={bad}>
        Apply ids
      </Button>
      {active ? (
        <Button type="button" variant="ghost" onClick={() => onApply([], [])}>
          Clear ids
        </Button>
      ) : null}
      {bad ? (
        <p className="text-status-attention w-full text-xs" role="alert">
          Ids are numbers, separated by commas.
        </p>
      ) : null}
    </form>
  )
}
