import type { Metadata } from "next"

import { PageHeader } from "@/components/shell/page-header"
import { Card } from "@/components/ui/card"
import { EmptyState } from "@/components/ui/empty-state"

export const metadata: Metadata = { title: "Client links" }

export default function LinksPage() {
  return (
    <>
      <PageHeader
        title="Client links"
        description="Agency links between your manager account and client ad accounts."
      />
      <Card>
        <EmptyState
          title="No client links to show yet"
          description="Links for the selected customer will be listed here with their status."
        />
      </Card>
    </>
  )
}
