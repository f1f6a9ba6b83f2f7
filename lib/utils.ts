import { type ClassValue, clsx } from "clsx"
import { createTailwindMerge } from "tailwind-merge"

import { twMergeConfig } from "./tw-merge-config"

/**
 * tailwind-merge on only the class groups the app uses (lib/tw-merge-config.ts, generated):
 * the same answers as the full `twMerge` for our classes (lib/utils.test.ts checks every
 * pair), at a third of its size on every page.
 */
const twMerge = createTailwindMerge(twMergeConfig)

/**
 * Joins class names (clsx: strings, conditions, arrays, objects), then keeps only the last
 * Tailwind class of each kind (tailwind-merge), so a caller's `px-4` overrides a default
 * `px-2` instead of racing it in the stylesheet's order.
 */
export function cn(...values: ClassValue[]): string {
  return twMerge(clsx(values))
}
