"use client"

import { useQueryClient } from "@tanstack/react-query"
import { useRouter } from "next/navigation"
import { useId, useState, useTransition } from "react"

import { Select } from "@/components/ui/select"
import { switchSessionCustomer } from "@/lib/auth/browser-session"

export interface CustomerOption {
  id: string
  name: string
  number: string | null
}

/**
 * Switching re-issues the session cookie for the new customer (checked on the server
 * against the user's roles), then drops every cached query of the old one. A switch that
 * could not be asked for keeps the old customer and says why.
 */
export function CustomerSwitcher({
  customers,
  selectedId,
}: {
  customers: CustomerOption[]
  selectedId: string
}) {
  const id = useId()
  const router = useRouter()
  const queryClient = useQueryClient()
  const [value, setValue] = useState(selectedId)
  const [error, setError] = useState<string | null>(null)
  const [switching, setSwitching] = useState(false)
  const [refreshing, startTransition] = useTransition()
  const busy = switching || refreshing

  async function onChange(customerId: string) {
    setValue(customerId)
    setError(null)
    setSwitching(true)
    try {
      setValue((await switchSessionCustomer(customerId)) ?? selectedId)
    } catch (e) {
      setValue(selectedId)
      setError(e instanceof Error ? e.message : String(e))
      return
    } finally {
      setSwitching(false)
    }
    queryClient.clear()
    startTransition(() => router.refresh())
  }

  const label = (c: CustomerOption) =>
    c.number ? `${c.name} (${c.number})` : c.name
  const selected = customers.find((c) => c.id === value)

  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-fg-muted text-xs">
        Customer
      </label>
      <Select
        id={id}
        value={value}
        disabled={busy || customers.length < 2}
        aria-busy={busy}
        onChange={(e) => void onChange(e.target.value)}
        // As wide as the longest name and number; past 28rem it is cut, and the title says it all.
        title={selected ? label(selected) : undefined}
        className="w-max max-w-md min-w-0"
      >
        {customers.map((c) => (
          <option key={c.id} value={c.id}>
            {label(c)}
          </option>
        ))}
      </Select>
      {error && (
        <p role="alert" className="text-danger text-xs">
          {error}
        </p>
      )}
    </div>
  )
}
