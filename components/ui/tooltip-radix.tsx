"use client"

import { Tooltip as TooltipPrimitive } from "radix-ui"
import { useEffect, useRef } from "react"

import { cn } from "@/lib/utils"

/** The Radix tooltip Tooltip swaps in; `focusOnMount` gives focus back to a trigger that had it. */
export function RadixTooltip({
  content,
  children,
  side,
  className,
  focusOnMount,
}: {
  content: React.ReactNode
  children: React.ReactNode
  side: "top" | "right" | "bottom" | "left"
  className?: string
  focusOnMount: boolean
}) {
  const trigger = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focusOnMount) trigger.current?.focus()
  }, [focusOnMount])
  return (
    <TooltipPrimitive.Provider delayDuration={300}>
      <TooltipPrimitive.Root>
        <TooltipPrimitive.Trigger ref={trigger} asChild>
          {children}
        </TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipPrimitive.Content
            side={side}
            sideOffset={6}
            className={cn(
              "z-50 max-w-xs rounded-md bg-neutral-900 px-2 py-1 text-xs text-neutral-50 shadow-md dark:bg-neutral-100 dark:text-neutral-900",
              className,
            )}
          >
            {content}
          </TooltipPrimitive.Content>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  )
}
