import Link from "next/link"

import { PageHeader } from "@/components/shell/page-header"
import { buttonClassName } from "@/components/ui/button"
import { Card } from "@/components/ui/card"
import { EmptyState } from "@/components/ui/empty-state"

/**
 * What a client customer sees on an agency's page (/links, /invite) opened by URL: why it is
 * not theirs, and the way to their own page. The nav never offers these pages to a client.
 */
export function AgencyOnly({
  title,
  customerName,
  reason,
}: {
  title: string
  customerName: string
  /** Why this page is not the client's, as a sentence. */
  reason: string
}) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <EmptyState
          title={`${customerName} is a client customer`}
          description={`${reason} Agencies that asked to manage your accounts are under Invitations for you.`}
          action={
            <Link href="/invitations" className={buttonClassName()}>
              Open invitations for you
            </Link>
          }
        />
      </Card>
    </>
  )
}
