import { forwardRef } from "react"

import { cn } from "@/lib/utils"

const variants = {
  primary: "bg-accent text-accent-fg shadow-sm hover:bg-accent/90",
  secondary:
    "border border-border-strong bg-surface text-fg shadow-sm hover:bg-subtle",
  ghost: "text-fg-muted hover:bg-subtle hover:text-fg",
  destructive: "bg-danger text-white shadow-sm hover:bg-danger/90",
} as const

const sizes = {
  sm: "h-7 gap-1.5 px-2.5 text-xs",
  md: "h-8 gap-2 px-3 text-[13px]",
  lg: "h-10 gap-2 px-4 text-sm",
  icon: "size-8",
} as const

export type ButtonVariant = keyof typeof variants
export type ButtonSize = keyof typeof sizes

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant
  size?: ButtonSize
}

export function buttonClassName({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return cn(
    "inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors",
    // aria-disabled: unavailable but still focusable, for a control that has focus
    // when it becomes busy (`disabled` would drop that focus on <body>).
    "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50",
    variants[variant],
    sizes[size],
    className,
  )
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(
  function Button(
    { variant, size, className, type = "button", ...props },
    ref,
  ) {
    return (
      <button
        ref={ref}
        type={type}
        className={buttonClassName({ variant, size, className })}
        {...props}
      />
    )
  },
)
