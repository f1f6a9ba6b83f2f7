import { HydrationBoundary } from "@tanstack/react-query"
import type { Metadata } from "next"
import Link from "next/link"
import type { SearchParams } from "nuqs/server"

import { firstPageState } from "@/components/client-links/first-page.server"
import { defaultViewFor } from "@/components/client-links/grid-params"
import { ClientLinksGrid } from "@/components/client-links/client-links-grid"
import { AgencyOnly } from "@/components/shell/agency-only"
import { PageHeader } from "@/components/shell/page-header"
import { buttonClassName } from "@/components/ui/button"
import { canInvite, requirePageSession } from "@/lib/auth/page.server"

export const metadata: Metadata = { title: "Client links" }

export default async function LinksPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const session = await requirePageSession()
  const { customer, permissions } = session
  if (customer.kind === "client")
    return (
      <AgencyOnly
        title="Client links"
        customerName={customer.name}
        reason="Client links list the links an agency manages; a client answers the ones sent to it."
      />
    )
  const firstPage = await firstPageState(
    session,
    searchParams,
    defaultViewFor("agency"),
  )
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
      <HydrationBoundary state={firstPage}>
        <ClientLinksGrid actor="agency" permissions={permissions} />
      </HydrationBoundary>
    </>
  )
}
