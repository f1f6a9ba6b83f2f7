import { FieldError } from "@/components/ui/field-error"
import { Label } from "@/components/ui/label"
import { cn } from "@/lib/utils"

/** The ARIA wiring one control needs: its id, invalid state and what describes it. */
export interface ControlProps {
  id: string
  "aria-invalid"?: true
  "aria-describedby"?: string
}

/** Ids for a field's control, hint, error and any extra description (e.g. a counter). */
export function controlProps(
  id: string,
  error: string | undefined,
  opts: { hint?: boolean; extra?: string } = {},
): ControlProps {
  const describedBy = [
    error ? `${id}-error` : null,
    opts.hint ? `${id}-hint` : null,
    opts.extra ?? null,
  ].filter(Boolean)
  return {
    id,
    ...(error ? { "aria-invalid": true as const } : {}),
    ...(describedBy.length
      ? { "aria-describedby": describedBy.join(" ") }
      : {}),
  }
}

/** Label above, control, then the error (announced) and a hint below. */
export function FormField({
  id,
  label,
  hint,
  error,
  optional,
  aside,
  className,
  children,
}: {
  id: string
  label: string
  hint?: React.ReactNode
  error?: string
  optional?: boolean
  /** Right of the label, e.g. a character counter. */
  aside?: React.ReactNode
  className?: string
  children: (props: ControlProps) => React.ReactNode
}) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>
          {label}
          {optional ? (
            <span className="text-fg-muted font-normal"> (optional)</span>
          ) : null}
        </Label>
        {aside}
      </div>
      {children(controlProps(id, error, { hint: !!hint }))}
      <FieldError id={`${id}-error`} message={error} />
      {hint ? (
        <p id={`${id}-hint`} className="text-fg-muted text-xs">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

/** A titled group of fields inside the row editor. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string
  description?: string
  children: React.ReactNode
}) {
  return (
    <section className="grid gap-4 border-b py-5 first:pt-0 last:border-0 last:pb-0 md:grid-cols-[12rem_1fr] md:gap-6">
      <div>
        <h3 className="text-[13px] font-semibold">{title}</h3>
        {description ? (
          <p className="text-fg-muted mt-1 text-xs">{description}</p>
        ) : null}
      </div>
      <div className="grid min-w-0 gap-4">{children}</div>
    </section>
  )
}
