import type { Metadata } from "next"
import Link from "next/link"

import { ClientLinksGrid } from "@/components/client-links/client-links-grid"
import { PageHeader } from "@/components/shell/page-header"
import { buttonClassName } from "@/components/ui/button"
import { Card } from "@/components/ui/card"
import { EmptyState } from "@/components/ui/empty-state"
import { requirePageSession } from "@/lib/auth/page.server"

export const metadata: Metadata = { title: "Invitations for you" }

export default async function InvitationsPage() {
  const { customer, permissions } = await requirePageSession()
  return (
    <>
      <PageHeader
        title="Invitations for you"
        description="Agencies that asked to manage your accounts. Accept to give them access; decline to refuse."
      />
      {customer.kind === "client" ? (
        <ClientLinksGrid actor="client" permissions={permissions} />
      ) : (
        <Card>
          <EmptyState
            title={`${customer.name} is an agency`}
            description="Invitations are answered by the client's own users. Your agency's links, and their answers, are under Client links."
            action={
              <Link href="/links" className={buttonClassName()}>
                Open client links
              </Link>
            }
          />
        </Card>
      )}
    </>
  )
}
