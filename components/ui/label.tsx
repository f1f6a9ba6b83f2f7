import { forwardRef } from "react"

import { cn } from "@/lib/utils"

export const Label = forwardRef<
  HTMLLabelElement,
  React.LabelHTMLAttributes<HTMLLabelElement>
>(function Label({ className, ...props }, ref) {
  return (
    <label
      ref={ref}
      className={cn("text-fg text-[13px] font-medium select-none", className)}
      {...props}
    />
  )
})
