import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { gzipSync } from "node:zlib"

import { buildOnce, ROOT } from "./servers"

/**
 * First-load JavaScript of a page: every `<script src>` its HTML names (what the browser
 * fetches before the page is interactive), each gzipped at level 9, summed. Lazy chunks a
 * page imports later are not counted, for our pages and the blank baseline alike.
 */
export async function firstLoadJs(
  pageUrl: string,
  cookie = "",
): Promise<number> {
  const html = await (await fetch(pageUrl, { headers: { cookie } })).text()
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) =>
    new URL((m[1] ?? "").replaceAll("&amp;", "&"), pageUrl).toString(),
  )
  let total = 0
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer())
    total += gzipSync(body, { level: 9 }).byteLength
  }
  return total
}

/**
 * A blank Next.js app (one page, no client code of its own) built with this repo's
 * node_modules (hard-linked, so the versions are the same) in a temp dir.
 */
export function buildBlankApp(): string {
  const dir = path.join(tmpdir(), "linkdesk-bench-blank")
  mkdirSync(path.join(dir, "app"), { recursive: true })
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "blank", private: true }),
    "next.config.mjs": "export default {}\n",
    "app/layout.tsx":
      "export default function RootLayout({ children }: { children: React.ReactNode }) {\n" +
      '  return <html lang="en"><body>{children}</body></html>\n}\n',
    "app/page.tsx":
      "export default function Page() {\n  return <main>Blank</main>\n}\n",
    "tsconfig.json": JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["dom", "es2022"],
        jsx: "react-jsx",
        module: "esnext",
        moduleResolution: "bundler",
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        isolatedModules: true,
        esModuleInterop: true,
        plugins: [{ name: "next" }],
      },
      include: ["**/*.ts", "**/*.tsx"],
    }),
  }
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, name), text)
  if (!existsSync(path.join(dir, "node_modules"))) {
    // Hard links (cp -al): Turbopack refuses a node_modules symlinked from outside its root,
    // and next must run from this copy too, or React loads twice.
    const r = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), dir])
    if (r.status !== 0) throw new Error(`cp -al failed: ${String(r.stderr)}`)
  }
  buildOnce(dir, ".next", {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  })
  return dir
}
