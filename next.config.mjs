import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js"

/**
 * Whether this server has the built-in emulator (docs/emulator.md, "In the build"):
 * always under `next dev`, and in a production build only when LINKDESK_DEMO=1 is set
 * at build time. Its route is `route.emulator.ts`, a page only with this extension, so a
 * real-API build never compiles or ships the emulator's code.
 */
export function emulatorBuiltIn(phase, env = process.env) {
  return (
    phase === PHASE_DEVELOPMENT_SERVER ||
    ["1", "true"].includes(env.LINKDESK_DEMO?.trim() ?? "")
  )
}

/**
 * Headers on every response. Pages get a per-request nonce CSP from proxy.ts;
 * everything else (API JSON, static files) gets the locked-down fallback below,
 * which allows no scripts at all.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=()",
  },
  // Ignored by browsers over plain HTTP, so local runs are unaffected.
  {
    key: "Strict-Transport-Security",
    value: "max-age=63072000; includeSubDomains",
  },
]

const fallbackCsp =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** @type {(phase: string) => import("next").NextConfig} */
const nextConfig = (phase) => ({
  output: "standalone",
  pageExtensions: [
    "tsx",
    "ts",
    "jsx",
    "js",
    ...(emulatorBuiltIn(phase) ? ["emulator.ts"] : []),
  ],
  // Read by lib/env.ts, to refuse a demo on a build that has no emulator.
  env: { LINKDESK_EMULATOR_BUILT: emulatorBuiltIn(phase) ? "1" : "0" },
  // Several Next servers may run from one checkout (each developer or test run on its own
  // port): NEXT_DIST_DIR keeps their builds apart. The default is Next's own.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        // proxy.ts replaces this CSP on pages with the nonce one (e2e checks
        // that each response carries exactly one CSP).
        headers: [
          ...securityHeaders,
          { key: "Content-Security-Policy", value: fallbackCsp },
        ],
      },
    ]
  },
})

export default nextConfig
