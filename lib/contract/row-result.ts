import type { NotSentRow, RowResult } from "./writes"

/**
 * Zod-free on purpose: the browser's first-load code asks this of every row, and the
 * schemas in ./writes (and zod with them) load only with a response to parse.
 */
export const isNotSent = (r: RowResult): r is NotSentRow => "notSent" in r
