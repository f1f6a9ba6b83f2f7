import { describe, expect, it } from "vitest"

import { cn } from "./utils"

describe("cn", () => {
  it("joins truthy values and skips falsy ones", () => {
    expect(cn("a", false, null, undefined, "", "b")).toBe("a b")
  })

  it("flattens nested arrays and keeps zero", () => {
    expect(cn(["a", ["b", false]], 0)).toBe("a b 0")
  })
})
