// After a real-API `npm run build`: fails when the emulator's code is in the server output.
// The emulator's handler logs under EMULATOR_MARKER (lib/emulator/handler.ts), a string no
// other code has; a build that compiled the emulator holds it, one that left it out does not.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

export const EMULATOR_MARKER = "linkdesk-emulator-handler"

/** Files under `dirs` whose text holds the marker (node_modules skipped: not our code). */
export function filesWithMarker(dirs) {
  const hits = []
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === "node_modules") continue
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else if (
        /\.(js|mjs|cjs|json)$/.test(name) &&
        readFileSync(file, "utf8").includes(EMULATOR_MARKER)
      )
        hits.push(file)
    }
  }
  for (const dir of dirs) if (existsSync(dir)) walk(dir)
  return hits
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
  const dist = path.join(root, process.env.NEXT_DIST_DIR || ".next")
  const dirs = [path.join(dist, "server"), path.join(dist, "standalone")]
  if (!dirs.some((d) => existsSync(d))) {
    console.error(`No build in ${dist}. Run \`npm run build\` first.`)
    process.exit(1)
  }
  const hits = filesWithMarker(dirs)
  if (hits.length > 0) {
    console.error(
      `The emulator is in this build (${hits.length} files), e.g.:\n  ${hits.slice(0, 5).join("\n  ")}`,
    )
    console.error(
      'A real-API build must leave it out: see docs/emulator.md, "In the build".',
    )
    process.exit(1)
  }
  console.log("check-no-emulator: the build holds no emulator code.")
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main()
