import { upstreamClient } from "@/lib/ads-api/upstream.server"
import { withSession } from "@/lib/api/with-session.server"
import type { Me } from "@/lib/auth/me"

// GET /api/me – who is signed in and for which customer. It asks the API (GetUser) so a
// revoked or expired sign-in shows up at once as 401 session_expired.
export const GET = withSession({}, async ({ session }) => {
  await upstreamClient(session).getUser()
  const { user, customer, customers, permissions } = session
  const me: Me = {
    user: { name: user.name, email: user.email },
    customer,
    customers,
    permissions,
  }
  return Response.json(me, { headers: { "Cache-Control": "no-store" } })
})
