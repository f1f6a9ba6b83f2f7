import { describe, expect, it } from "vitest"

import type { GridResponse } from "@/lib/contract/grid"

import { refetchIntervalFor } from "./queries"

const answer = (complete: boolean, inProgress = 0) =>
  ({ complete, counts: { "in-progress": inProgress } }) as GridResponse

describe("refetchIntervalFor", () => {
  it("backs off while the server gathers: 1, 2, 4, 8, 8 s", () => {
    expect(
      [1, 2, 3, 4, 5].map((n) => refetchIntervalFor(answer(false), n)),
    ).toEqual([1_000, 2_000, 4_000, 8_000, 8_000])
  })

  it("polls slowly for links in progress and stops when nothing moves", () => {
    expect(refetchIntervalFor(answer(true, 2), 7)).toBe(10_000)
    expect(refetchIntervalFor(answer(true), 7)).toBe(false)
    expect(refetchIntervalFor(undefined, 0)).toBe(false)
  })
})
