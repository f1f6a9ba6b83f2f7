import type { Metadata } from "next"

import { PageHeader } from "@/components/shell/page-header"
import { Card } from "@/components/ui/card"
import { EmptyState } from "@/components/ui/empty-state"

export const metadata: Metadata = { title: "Invite" }

export default function InvitePage() {
  return (
    <>
      <PageHeader
        title="Invite"
        description="Invite client accounts to link with your manager account."
      />
      <Card>
        <EmptyState
          title="Invitations start here"
          description="The invitation form will let you invite one or more client accounts at once."
        />
      </Card>
    </>
  )
}
