"use client"

import { forwardRef, useCallback, useEffect, useRef } from "react"

import { cn } from "@/lib/utils"

export interface CheckboxProps extends Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "type" | "checked" | "defaultChecked" | "onChange"
> {
  /** "indeterminate" shows the mixed state (assistive tech hears "mixed"). */
  checked: boolean | "indeterminate"
  onCheckedChange?: (checked: boolean) => void
}

/**
 * The browser's own checkbox, drawn in the accent colour: keyboard, label, form and
 * assistive-tech behaviour come from the platform, and no script is needed to draw it.
 * The mixed state is the element's `indeterminate` property, which has no attribute.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(
  function Checkbox({ checked, onCheckedChange, className, ...props }, ref) {
    const own = useRef<HTMLInputElement | null>(null)
    const setRef = useCallback(
      (node: HTMLInputElement | null) => {
        own.current = node
        if (typeof ref === "function") ref(node)
        else if (ref) ref.current = node
      },
      [ref],
    )
    useEffect(() => {
      if (own.current) own.current.indeterminate = checked === "indeterminate"
    }, [checked])
    return (
      <input
        ref={setRef}
        type="checkbox"
        checked={checked === true}
        onChange={(e) => onCheckedChange?.(e.target.checked)}
        className={cn(
          "accent-accent size-4 shrink-0 cursor-pointer rounded",
          "aria-invalid:outline-danger disabled:cursor-not-allowed disabled:opacity-50",
          className,
        )}
        {...props}
      />
    )
  },
)
