import { execSync } from "node:child_process"
import { readFileSync } from "node:fs"

import { describe, expect, it } from "vitest"

/**
 * The naming rules of the README's "Layout" section, checked: a reader can tell from a file's
 * name whether it may reach the browser and whether it is only for tests.
 */
const root = new URL("..", import.meta.url)
const files = execSync("git ls-files --cached --others --exclude-standard", {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith("node_modules/"))
const source = (f: string) => readFileSync(new URL(f, root), "utf8")
const SERVER_ONLY = /^import "server-only"$/m
const isServerName = (f: string) => /\.server\.tsx?$/.test(f)
const isTestFile = (f: string) =>
  /\.(test|test-support|reliability|spec)\.tsx?$/.test(f) ||
  f.startsWith("e2e/") ||
  f.startsWith("bench/")

describe("layout", () => {
  it("names every server-only module *.server.ts and marks every *.server.ts server-only", () => {
    const unmarked = files.filter(
      (f) => isServerName(f) && !SERVER_ONLY.test(source(f)),
    )
    const unnamed = files.filter(
      (f) => !isServerName(f) && !isTestFile(f) && SERVER_ONLY.test(source(f)),
    )
    expect({ unmarked, unnamed }).toEqual({ unmarked: [], unnamed: [] })
  })

  it("names every test-only helper *.test-support.ts, and no app code imports one", () => {
    const oldSchemes = files.filter((f) =>
      /(^|\/)(test-[^/]*|[^/]*-fixture)\.tsx?$|(^|\/)test-support\//.test(f),
    )
    const importers = files.filter(
      (f) => !isTestFile(f) && /from "[^"]*\.test-support"/.test(source(f)),
    )
    expect({ oldSchemes, importers }).toEqual({ oldSchemes: [], importers: [] })
  })
})
