import { redirect } from "next/navigation"

import { homeFor, requirePageSession } from "@/lib/auth/page.server"

/** Agencies land on their client links, clients on the invitations they received. */
export default async function Home() {
  redirect(homeFor(await requirePageSession()))
}
