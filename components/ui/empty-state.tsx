import { cn } from "@/lib/utils"

export function EmptyState({
  title,
  description,
  action,
  className,
}: {
  title: string
  description?: string
  action?: React.ReactNode
  className?: string
}) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center gap-2 px-6 py-14 text-center",
        className,
      )}
    >
      <div
        aria-hidden="true"
        className="bg-subtle mb-1 flex size-9 items-center justify-center rounded-lg border"
      >
        <svg viewBox="0 0 32 32" className="text-fg-muted size-5">
          <path
            d="M13.5 18.5l5-5M12 15l-2 2a3.5 3.5 0 005 5l2-2m-2-8l2-2a3.5 3.5 0 015 5l-2 2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </div>
      <p className="text-sm font-medium">{title}</p>
      {description ? (
        <p className="text-fg-muted max-w-sm text-[13px]">{description}</p>
      ) : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  )
}
