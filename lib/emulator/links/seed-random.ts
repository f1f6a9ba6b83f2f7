/** mulberry32: a small, fast, seeded PRNG (the seed never uses Math.random). */
export function createRandom(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    /** A whole number in [min, max). */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min)),
    pick: <T>(items: readonly T[]): T =>
      items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  }
}
export type Random = ReturnType<typeof createRandom>

export const NOTES = [
  "Renewal due in Q1",
  "Client asked for weekly reports",
  "Managed together with the Berlin office",
  "Budget approved by the client's CFO",
  "Seasonal campaigns only",
  "Migrated from the old agency",
]

export const NAME_TAGS = [
  "Search",
  "Shopping",
  "Brand",
  "Retail push",
  "Always on",
  "EMEA",
  "Holiday",
]

/** Status mix of the main agency's links: cumulative weights, mostly Active. */
export const STATUS_MIX = [
  ["Active", 0.52],
  ["LinkPending", 0.72],
  ["LinkInProgress", 0.75],
  ["LinkAccepted", 0.755],
  ["LinkDeclined", 0.78],
  ["LinkCanceled", 0.8],
  ["LinkExpired", 0.83],
  ["LinkFailed", 0.845],
  ["Inactive", 0.88],
  ["UnlinkPending", 0.89],
  ["UnlinkInProgress", 0.9],
  // An ended link followed by a new one on the same pair.
  ["History", 1],
] as const
export type SeedScenario = (typeof STATUS_MIX)[number][0]

export function pickScenario(rand: Random): SeedScenario {
  const r = rand.next()
  return (STATUS_MIX.find(([, upTo]) => r < upTo) ?? STATUS_MIX[0])[0]
}
