"use client"

import { Progress as ProgressPrimitive } from "radix-ui"

import { cn } from "@/lib/utils"

/**
 * Radix sets role="progressbar" and aria-valuenow/valuemax; `valueText`
 * (e.g. "3 of 5 invitations sent") becomes aria-valuetext. Give it a label.
 */
export function Progress({
  value,
  max = 100,
  valueText,
  label,
  className,
}: {
  value: number | null
  max?: number
  valueText?: string
  label: string
  className?: string
}) {
  const percent =
    value === null ? 0 : Math.min(100, Math.max(0, (value / max) * 100))
  return (
    <ProgressPrimitive.Root
      value={value}
      max={max}
      aria-label={label}
      getValueLabel={valueText ? () => valueText : undefined}
      aria-valuetext={valueText}
      className={cn(
        "bg-subtle relative h-1.5 w-full overflow-hidden rounded-full",
        className,
      )}
    >
      <ProgressPrimitive.Indicator
        className="bg-accent h-full w-full transition-transform duration-300 motion-reduce:transition-none"
        style={{ transform: `translateX(-${100 - percent}%)` }}
      />
    </ProgressPrimitive.Root>
  )
}
