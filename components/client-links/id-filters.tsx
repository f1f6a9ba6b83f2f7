"use client"

import { useState } from "react"

import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { isGridId } from "@/lib/contract/grid-query"
import { ID_FILTER_MAX } from "@/lib/grid/views"

const splitIds = (text: string) => [
  ...new Set(text.split(/[\s,;]+/).filter(Boolean)),
]

/** Why a field's ids cannot be applied, as a sentence naming the first bad one; or null. */
export function idsProblem(noun: string, text: string): string | null {
  const ids = splitIds(text)
  const bad = ids.find((v) => !isGridId(v))
  if (bad !== undefined)
    return `"${bad.length > 24 ? `${bad.slice(0, 24)}…` : bad}" is not a ${noun} id: ids are numbers of up to 19 digits, separated by commas.`
  if (ids.length > ID_FILTER_MAX)
    return `At most ${ID_FILTER_MAX} ${noun} ids at a time; this field has ${ids.length}.`
  return null
}

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
  const accProblem = idsProblem("client account", acc)
  const cusProblem = idsProblem("client customer", cus)
  const bad = accProblem !== null || cusProblem !== null
  const active = accounts.length + customers.length > 0
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        if (!bad) onApply(splitIds(acc), splitIds(cus))
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
          aria-invalid={accProblem !== null || undefined}
          aria-describedby="grid-accounts-problem"
          onChange={(e) => setAcc(e.target.value)}
        />
        <FieldProblem id="grid-accounts-problem" problem={accProblem} />
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
          aria-invalid={cusProblem !== null || undefined}
          aria-describedby="grid-customers-problem"
          onChange={(e) => setCus(e.target.value)}
        />
        <FieldProblem id="grid-customers-problem" problem={cusProblem} />
      </div>
      <Button
        type="submit"
        variant="secondary"
        disabled={bad}
        aria-describedby={
          bad ? "grid-accounts-problem grid-customers-problem" : undefined
        }
      >
        Apply ids
      </Button>
      {active ? (
        <Button type="button" variant="ghost" onClick={() => onApply([], [])}>
          Clear ids
        </Button>
      ) : null}
    </form>
  )
}

/** The field's problem beside it; the live region stays in the page so a change is announced. */
function FieldProblem({ id, problem }: { id: string; problem: string | null }) {
  return (
    <p
      id={id}
      aria-live="polite"
      className="text-status-attention mt-1 text-xs empty:hidden"
    >
      {problem}
    </p>
  )
}
