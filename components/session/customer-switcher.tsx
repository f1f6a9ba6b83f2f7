"use client"

import { useQueryClient } from "@tanstack/react-query"
import { useSession } from "next-auth/react"
import { useRouter } from "next/navigation"
import { useId, useState, useTransition } from "react"

import { Select } from "@/components/ui/select"

export interface CustomerOption {
  id: string
  name: string
  number: string | null
}

/**
 * Switching re-issues the session cookie for the new customer (next-auth `update`, checked
 * on the server against the user's roles), then drops every cached query of the old one.
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
  const { update, status } = useSession()
  const [value, setValue] = useState(selectedId)
  const [switching, setSwitching] = useState(false)
  const [refreshing, startTransition] = useTransition()
  const busy = switching || refreshing

  async function onChange(customerId: string) {
    setValue(customerId)
    setSwitching(true)
    try {
      const session = await update({ customerId })
      setValue(session?.customer?.id ?? selectedId)
    } finally {
      setSwitching(false)
    }
    queryClient.clear()
    startTransition(() => router.refresh())
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-fg-muted text-xs">
        Customer
      </label>
      <Select
        id={id}
        value={value}
        disabled={busy || status !== "authenticated" || customers.length < 2}
        aria-busy={busy}
        onChange={(e) => void onChange(e.target.value)}
        className="max-w-56"
      >
        {customers.map((c) => (
          <option key={c.id} value={c.id}>
            {c.number ? `${c.name} (${c.number})` : c.name}
          </option>
        ))}
      </Select>
    </div>
  )
}
