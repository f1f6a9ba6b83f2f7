import { cn } from "@/lib/utils"

const tones = {
  neutral: "bg-subtle text-fg-muted ring-border",
  pending: "bg-status-pending-bg text-status-pending ring-status-pending/25",
  active: "bg-status-active-bg text-status-active ring-status-active/25",
  progress:
    "bg-status-progress-bg text-status-progress ring-status-progress/25",
  attention:
    "bg-status-attention-bg text-status-attention ring-status-attention/25",
  inactive:
    "bg-status-inactive-bg text-status-inactive ring-status-inactive/25",
} as const

export type BadgeTone = keyof typeof tones

export function Badge({
  tone = "neutral",
  dot = false,
  className,
  children,
  ...props
}: React.HTMLAttributes<HTMLSpanElement> & {
  tone?: BadgeTone
  dot?: boolean
}) {
  return (
    <span
      className={cn(
        "text-2xs inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
        className,
      )}
      {...props}
    >
      {dot ? (
        <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      ) : null}
      {children}
    </span>
  )
}
