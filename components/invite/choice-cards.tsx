"use client"

import type { UseFormRegisterReturn } from "react-hook-form"

import { FieldError } from "@/components/ui/field-error"
import { cn } from "@/lib/utils"

export interface Choice {
  value: string
  title: string
  text: string
  disabled?: boolean
}

/**
 * Native radios styled as cards: arrow keys move between them, Space picks one. The group
 * carries aria-invalid and points at the error; each radio is described by its own text.
 */
export function ChoiceCards({
  id,
  legend,
  choices,
  registration,
  error,
}: {
  id: string
  legend: string
  choices: readonly Choice[]
  registration: UseFormRegisterReturn
  error?: string
}) {
  return (
    <fieldset className="grid gap-1.5">
      <legend id={`${id}-legend`} className="mb-1.5 text-[13px] font-medium">
        {legend}
      </legend>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-legend`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="grid gap-2 sm:grid-cols-2"
      >
        {choices.map((c) => (
          <label
            key={c.value}
            className={cn(
              "bg-surface flex cursor-pointer gap-3 rounded-md border p-3 shadow-xs transition-colors",
              "has-[:checked]:border-accent has-[:checked]:bg-accent/5",
              "has-[:focus-visible]:outline-ring has-[:focus-visible]:outline-2",
              error && "border-danger",
              c.disabled && "cursor-not-allowed opacity-50",
            )}
          >
            <input
              type="radio"
              value={c.value}
              disabled={c.disabled}
              className="accent-accent mt-0.5 size-4 shrink-0"
              {...registration}
              id={`${id}-${c.value}`}
              aria-describedby={`${id}-${c.value}-text`}
            />
            <span className="grid gap-0.5">
              <span className="text-[13px] font-medium">{c.title}</span>
              <span
                id={`${id}-${c.value}-text`}
                className="text-fg-muted text-xs"
              >
                {c.text}
              </span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}
