import { forwardRef } from "react"

import { cn } from "@/lib/utils"

export const controlClassName = cn(
  "w-full rounded-md border border-border-strong bg-surface px-2.5 text-[13px] text-fg shadow-xs",
  "placeholder:text-fg-muted/70 focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0",
  "disabled:cursor-not-allowed disabled:opacity-50",
  "aria-invalid:border-danger aria-invalid:focus-visible:outline-danger",
)

export const Input = forwardRef<
  HTMLInputElement,
  React.InputHTMLAttributes<HTMLInputElement>
>(function Input({ className, type = "text", ...props }, ref) {
  return (
    <input
      ref={ref}
      type={type}
      className={cn(controlClassName, "h-8", className)}
      {...props}
    />
  )
})
