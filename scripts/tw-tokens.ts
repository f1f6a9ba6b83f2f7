import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"

import { twMerge } from "tailwind-merge"

const ROOT = path.resolve(import.meta.dirname, "..")
const LITERAL = /"([^"\n]*)"|`([^`]*)`|'([^'\n]*)'/g
const CLASS_LIKE = /^[a-z0-9!\-[\]:/.%_()&*>=#,@~+]+$/i

/**
 * Every Tailwind class the app's sources may hand to `cn`: each whitespace-separated word
 * of every string literal in app/, components/ and lib/ (tests and the generated config
 * aside) that the full tailwind-merge recognises (it collapses `t t` to `t`), modifiers
 * included.
 */
export function sourceClassTokens(): string[] {
  const files = execFileSync(
    "git",
    ["ls-files", "-co", "--exclude-standard", "app", "components", "lib"],
    { cwd: ROOT, encoding: "utf8" },
  )
    .split("\n")
    .filter((f) => /\.tsx?$/.test(f) && !/\.test(-support)?\.tsx?$/.test(f))
    .filter((f) => f !== "lib/tw-merge-config.ts") // group names, not classes
  const words = new Set<string>()
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(path.join(ROOT, file), "utf8")
    } catch {
      continue // listed by git but deleted in the working tree
    }
    for (const m of text.matchAll(LITERAL))
      for (const word of (m[1] ?? m[2] ?? m[3] ?? "").split(/\s+/))
        if (CLASS_LIKE.test(word) && /^[a-z![-]/i.test(word)) words.add(word)
  }
  return [...words].filter((w) => twMerge(`${w} ${w}`) === w).sort()
}
