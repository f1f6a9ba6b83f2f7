import { describe, expect, it } from "vitest"

import { twMerge } from "tailwind-merge"

import { sourceClassTokens } from "@/scripts/tw-tokens"

import { cn } from "./utils"

describe("cn", () => {
  it("joins truthy values and skips falsy ones", () => {
    expect(cn("a", false, null, undefined, "", "b")).toBe("a b")
  })

  it("flattens nested arrays and takes objects of conditions", () => {
    expect(cn(["a", ["b", false]], { c: true, d: false })).toBe("a b c")
  })

  it("lets a later class override an earlier one of the same kind", () => {
    expect(cn("px-2", "px-4")).toBe("px-4")
    expect(cn("cursor-pointer rounded-md", "cursor-not-allowed")).toBe(
      "rounded-md cursor-not-allowed",
    )
  })

  it("keeps our theme's size and colour of text apart", () => {
    // text-2xs is our own font size, text-fg-muted our own colour: both stay.
    expect(cn("text-2xs text-danger", "text-fg-muted")).toBe(
      "text-2xs text-fg-muted",
    )
    expect(cn("border", "border-status-active/40")).toBe(
      "border border-status-active/40",
    )
  })
})

describe("cn's cut-down tailwind-merge (lib/tw-merge-config.ts)", () => {
  const tokens = sourceClassTokens()

  it("knows every class the sources use", () => {
    expect(tokens.length).toBeGreaterThan(200)
    const unknown = tokens.filter((t) => cn(t, t) !== t)
    expect(unknown, "run npx tsx scripts/tw-merge-config.ts").toEqual([])
  })

  it("merges every pair of them as the full tailwind-merge does", () => {
    const differ: string[] = []
    for (const a of tokens)
      for (const b of tokens)
        if (cn(a, b) !== twMerge(`${a} ${b}`)) differ.push(`${a} ${b}`)
    expect(
      differ.slice(0, 10),
      "run npx tsx scripts/tw-merge-config.ts",
    ).toEqual([])
  })
})
