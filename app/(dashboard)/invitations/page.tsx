import type { Metadata } from "next"

import { PageHeader } from "@/components/shell/page-header"
import { Card } from "@/components/ui/card"
import { EmptyState } from "@/components/ui/empty-state"

export const metadata: Metadata = { title: "Invitations for you" }

export default function InvitationsPage() {
  return (
    <>
      <PageHeader
        title="Invitations for you"
        description="Link requests other agencies have sent to your accounts."
      />
      <Card>
        <EmptyState
          title="No invitations waiting"
          description="When an agency invites one of your accounts, you can accept or decline it here."
        />
      </Card>
    </>
  )
}
