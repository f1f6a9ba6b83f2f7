import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { describe, expect, it } from "vitest"

/**
 * `npm ci` refuses a lockfile that lacks an entry for any optional dependency, including the
 * per-platform binaries this machine never installs (@next/swc-darwin-arm64 and the like).
 * A lockfile written by an npm that skipped them passes `npm install` here and breaks
 * `npm ci` (so `docker build` and a newcomer's clean install). `.ci/run` runs `npm ci` in a
 * fresh clone; this check names the missing entries in a second.
 */
interface LockEntry {
  optionalDependencies?: Record<string, string>
}
const lock = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../package-lock.json", import.meta.url)),
    "utf8",
  ),
) as { lockfileVersion: number; packages: Record<string, LockEntry> }

/** Node's lookup: the package's own node_modules, then each parent's, up to the root. */
function resolves(from: string, name: string): boolean {
  let dir = from
  for (;;) {
    const candidate = `${dir === "" ? "" : `${dir}/`}node_modules/${name}`
    if (candidate in lock.packages) return true
    if (dir === "") return false
    const at = dir.lastIndexOf("/node_modules/")
    dir = at === -1 ? "" : dir.slice(0, at)
  }
}

describe("package-lock.json", () => {
  it("is lockfile version 3", () => {
    expect(lock.lockfileVersion).toBe(3)
  })

  it("has an entry for every optional dependency of every platform", () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || "(root)"} → ${name}`),
    )
    expect(missing).toEqual([])
  })
})
