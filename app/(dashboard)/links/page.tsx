import type { Metadata } from "next"
import Link from "next/link"

import { ClientLinksGrid } from "@/components/client-links/client-links-grid"
import { PageHeader } from "@/components/shell/page-header"
import { buttonClassName } from "@/components/ui/button"
import { canInvite, requirePageSession } from "@/lib/auth/page"

export const metadata: Metadata = { title: "Client links" }

export default async function LinksPage() {
  const session = await requirePageSession()
  const { customer, permissions } = session
  return (
    <>
      <PageHeader
        title="Client links"
        description={`Every link of ${customer.name}: pending, active, in progress and ended.`}
        actions={
          canInvite(session) ? (
            <Link href="/invite" className={buttonClassName()}>
              Invite clients
            </Link>
          ) : null
        }
      />
      <ClientLinksGrid actor={customer.kind} permissions={permissions} />
    </>
  )
}
