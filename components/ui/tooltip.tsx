"use client"

import { cloneElement, useState } from "react"

import { loadOnIntent } from "./load-on-intent"

type TriggerProps = React.HTMLAttributes<HTMLElement>

// Radix's tooltip with its popper and floating-ui (about 19 KB gzipped) is not needed
// until someone points at or focuses a trigger.
const radixTooltip = loadOnIntent(() => import("./tooltip-radix"))

/**
 * Wrap one focusable trigger; while shown, the text is its accessible description. Until
 * the first hover or focus of any trigger the child renders alone; then every trigger
 * becomes a Radix tooltip, and one that had focus keeps it.
 */
export function Tooltip({
  content,
  children,
  side = "top",
  className,
}: {
  content: React.ReactNode
  children: React.ReactElement<TriggerProps>
  side?: "top" | "right" | "bottom" | "left"
  className?: string
}) {
  const radix = radixTooltip.useModule()
  const [focused, setFocused] = useState(false)
  if (radix)
    return (
      <radix.RadixTooltip
        content={content}
        side={side}
        className={className}
        focusOnMount={focused}
      >
        {children}
      </radix.RadixTooltip>
    )
  const intent = () =>
    void radixTooltip.start().catch((e: unknown) => {
      console.error("The tooltip code did not load.", e)
    })
  const { onPointerEnter, onFocus, onBlur } = children.props
  return cloneElement(children, {
    onPointerEnter: (e: React.PointerEvent<HTMLElement>) => {
      onPointerEnter?.(e)
      intent()
    },
    onFocus: (e: React.FocusEvent<HTMLElement>) => {
      onFocus?.(e)
      setFocused(true)
      intent()
    },
    onBlur: (e: React.FocusEvent<HTMLElement>) => {
      onBlur?.(e)
      setFocused(false)
    },
  })
}
