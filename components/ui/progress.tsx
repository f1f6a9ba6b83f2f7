import { cn } from "@/lib/utils"

/**
 * A progress bar as assistive tech expects it: role="progressbar" with aria-valuenow and
 * aria-valuemax, or neither while the amount is unknown (`value` null); `valueText`
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
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value ?? undefined}
      aria-valuetext={valueText}
      data-state={value === null ? "indeterminate" : "determinate"}
      className={cn(
        "bg-subtle relative h-1.5 w-full overflow-hidden rounded-full",
        className,
      )}
    >
      <div
        className="bg-accent h-full w-full transition-transform duration-300 motion-reduce:transition-none"
        style={{ transform: `translateX(-${100 - percent}%)` }}
      />
    </div>
  )
}
