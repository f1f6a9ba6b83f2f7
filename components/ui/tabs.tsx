"use client"

import { Tabs as TabsPrimitive } from "radix-ui"

import { cn } from "@/lib/utils"

// Radix wires roles, aria-selected/controls and arrow-key navigation.
export const Tabs = TabsPrimitive.Root

export function TabsList({
  className,
  ...props
}: React.ComponentPropsWithoutRef<typeof TabsPrimitive.List>) {
  return (
    <TabsPrimitive.List
      className={cn("flex items-center gap-1 border-b", className)}
      {...props}
    />
  )
}

export function TabsTrigger({
  className,
  ...props
}: React.ComponentPropsWithoutRef<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={cn(
        "text-fg-muted -mb-px border-b-2 border-transparent px-2.5 py-2 text-[13px] font-medium transition-colors",
        "hover:text-fg data-[state=active]:border-fg data-[state=active]:text-fg disabled:opacity-50",
        className,
      )}
      {...props}
    />
  )
}

export function TabsContent({
  className,
  ...props
}: React.ComponentPropsWithoutRef<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={cn("pt-4", className)} {...props} />
}
