import { forwardRef } from "react"

import { cn } from "@/lib/utils"

import { controlClassName } from "./input"

/** Shares Input's control styles, so fields line up in mixed forms. */
export const Textarea = forwardRef<
  HTMLTextAreaElement,
  React.TextareaHTMLAttributes<HTMLTextAreaElement>
>(function Textarea({ className, rows = 3, ...props }, ref) {
  return (
    <textarea
      ref={ref}
      rows={rows}
      className={cn(controlClassName, "min-h-16 py-1.5", className)}
      {...props}
    />
  )
})
