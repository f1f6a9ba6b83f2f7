import { forwardRef } from "react"

import { cn } from "@/lib/utils"

export interface LabelProps extends React.LabelHTMLAttributes<HTMLLabelElement> {
  /** Shows a visual marker; screen readers get "required" from the control's own `required`. */
  required?: boolean
}

export const Label = forwardRef<HTMLLabelElement, LabelProps>(function Label(
  { className, required = false, children, ...props },
  ref,
) {
  return (
    <label
      ref={ref}
      className={cn("text-fg text-[13px] font-medium select-none", className)}
      {...props}
    >
      {children}
      {required ? (
        <span aria-hidden="true" className="text-danger ml-0.5">
          *
        </span>
      ) : null}
    </label>
  )
})
