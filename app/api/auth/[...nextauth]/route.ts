import type { NextRequest } from "next/server"
import NextAuth from "next-auth"

import { authOptionsAt } from "@/lib/auth/next-auth.server"
import { parseCookies, stateCookieName } from "@/lib/auth/cookie.server"
import { callbackProblem } from "@/lib/auth/sign-in-errors"
import { originHeaders, signInOrigin } from "@/lib/auth/sign-in-origin"
import { env } from "@/lib/env.server"

type Context = { params: Promise<{ nextauth: string[] }> }

/**
 * next-auth at the address the browser opened (lib/auth/sign-in-origin.ts), after two
 * checks it cannot make: a host that is not ours is refused, and a callback whose cause of
 * failure we can name goes to /signin with its own error code.
 */
async function handler(req: NextRequest, ctx: Context): Promise<Response> {
  const at = signInOrigin(env.nextAuthUrl, originHeaders(req.headers))
  if (!at.ok)
    return Response.json(
      { error: { code: "invalid_request", message: at.message } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    )
  const { nextauth = [] } = await ctx.params
  if (req.method === "GET" && nextauth[0] === "callback") {
    const cookies = new Set(parseCookies(req.headers.get("cookie")).keys())
    const problem = callbackProblem(
      req.nextUrl.searchParams,
      cookies,
      stateCookieName,
    )
    if (problem)
      return new Response(null, {
        status: 302,
        headers: { Location: `/signin?error=${problem}` },
      })
  }
  return (await NextAuth(req, ctx, authOptionsAt(at.origin))) as Response
}

// Only GET and POST: any other export breaks `next build` (nextauthjs/next-auth#7498).
export { handler as GET, handler as POST }
