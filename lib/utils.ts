import { type ClassValue, clsx } from "clsx"
import { twMerge } from "tailwind-merge"

/**
 * Joins class names (clsx: strings, conditions, arrays, objects), then keeps only the last
 * Tailwind class of each kind (tailwind-merge), so a caller's `px-4` overrides a default
 * `px-2` instead of racing it in the stylesheet's order.
 */
export function cn(...values: ClassValue[]): string {
  return twMerge(clsx(values))
}
