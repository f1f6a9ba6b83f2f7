import NextAuth from "next-auth"

import { authOptions } from "@/lib/auth"

type AuthRoute = (
  req: Request,
  ctx: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>

// Only GET and POST: any other export breaks `next build` (nextauthjs/next-auth#7498).
const handler = NextAuth(authOptions) as AuthRoute

export { handler as GET, handler as POST }
