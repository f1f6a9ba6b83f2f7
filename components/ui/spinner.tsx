import { cn } from "@/lib/utils"

/** `label` is announced to screen readers; the graphic itself is hidden. */
export function Spinner({
  label = "Loading",
  className,
}: {
  label?: string
  className?: string
}) {
  return (
    <span
      role="status"
      className={cn("text-fg-muted inline-flex items-center gap-2", className)}
    >
      <svg
        viewBox="0 0 24 24"
        aria-hidden="true"
        className="size-4 animate-spin motion-reduce:animate-none"
      >
        <circle
          cx="12"
          cy="12"
          r="9"
          fill="none"
          stroke="currentColor"
          strokeOpacity="0.25"
          strokeWidth="3"
        />
        <path
          d="M21 12a9 9 0 00-9-9"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </svg>
      <span className="sr-only">{label}</span>
    </span>
  )
}
