import { NextResponse, type NextRequest } from "next/server"

import { buildPageCsp, createNonce } from "@/lib/security/csp"

// Per-request nonce CSP for pages. Next reads the nonce from the request's CSP
// header and stamps it on its own scripts. Static headers live in next.config.mjs.
export function proxy(request: NextRequest) {
  const csp = buildPageCsp(
    createNonce(),
    process.env.NODE_ENV === "development",
  )
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set("Content-Security-Policy", csp)

  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set("Content-Security-Policy", csp)
  return response
}

export const config = {
  // Pages only: API routes, build assets and public files keep the static headers.
  matcher: [
    "/((?!api/|_next/static/|_next/image|favicon\\.svg|.*\\.[a-z0-9]+$).*)",
  ],
}
