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

/** @type {import("next").NextConfig} */
const nextConfig = {
  output: "standalone",
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
}

export default nextConfig
