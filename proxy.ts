import { NextResponse, type NextRequest } from "next/server"

import { sessionCookieOptions } from "@/lib/auth/cookie.server"
import { gatePage } from "@/lib/auth/page-gate.server"
import { buildPageCsp, createNonce } from "@/lib/security/csp"

// Per-request nonce CSP for pages. Next reads the nonce from the request's CSP
// header and stamps it on its own scripts. Static headers live in next.config.mjs.
// gatePage sends signed-out visits to /signin and refreshes a due upstream token
// (a convenience: pages and route handlers check the session themselves).
export async function proxy(request: NextRequest) {
  const gate = await gatePage(request.nextUrl, request.headers.get("cookie"))
  if (gate.redirectTo) {
    const redirect = NextResponse.redirect(
      new URL(gate.redirectTo, request.url),
    )
    for (const { name, value, maxAge } of gate.writes)
      redirect.cookies.set(name, value, sessionCookieOptions(maxAge))
    return redirect
  }

  const csp = buildPageCsp(
    createNonce(),
    process.env.NODE_ENV === "development",
  )
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set("Content-Security-Policy", csp)
  if (gate.cookieHeader) requestHeaders.set("cookie", gate.cookieHeader)

  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set("Content-Security-Policy", csp)
  for (const { name, value, maxAge } of gate.writes)
    response.cookies.set(name, value, sessionCookieOptions(maxAge))
  return response
}

export const config = {
  // Pages only: API routes, build assets and public files keep the static headers.
  matcher: [
    "/((?!api/|_next/static/|_next/image|favicon\\.svg|.*\\.[a-z0-9]+$).*)",
  ],
}
