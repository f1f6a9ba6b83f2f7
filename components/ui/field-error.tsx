import { cn } from "@/lib/utils"

/**
 * Point the control's `aria-describedby` at `id`. The message is a live alert so
 * it is announced when it appears after a submit; nothing renders without one.
 */
export function FieldError({
  id,
  message,
  className,
}: {
  id: string
  message?: string
  className?: string
}) {
  if (!message) return null
  return (
    <p id={id} role="alert" className={cn("text-danger text-xs", className)}>
      {message}
    </p>
  )
}
