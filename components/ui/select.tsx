import { forwardRef } from "react"

import { cn } from "@/lib/utils"

import { controlClassName } from "./input"

/** A styled native <select>: full keyboard and screen-reader support for free. */
export const Select = forwardRef<
  HTMLSelectElement,
  React.SelectHTMLAttributes<HTMLSelectElement>
>(function Select({ className, children, ...props }, ref) {
  return (
    <div className={cn("relative", className)}>
      <select
        ref={ref}
        className={cn(controlClassName, "h-8 appearance-none pr-8")}
        {...props}
      >
        {children}
      </select>
      <svg
        viewBox="0 0 16 16"
        aria-hidden="true"
        className="text-fg-muted pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2"
      >
        <path
          d="M4 6l4 4 4-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
    </div>
  )
})
