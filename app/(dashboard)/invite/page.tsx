import type { Metadata } from "next"

import { InviteForm } from "@/components/invite/invite-form"
import { AgencyOnly } from "@/components/shell/agency-only"
import { PageHeader } from "@/components/shell/page-header"
import { Card } from "@/components/ui/card"
import { EmptyState } from "@/components/ui/empty-state"
import { canInvite, requirePageSession } from "@/lib/auth/page.server"
import type { RowDefaults } from "@/lib/invite/form-row"
import { clientCannotInvite } from "@/lib/link-rules/invite-refusals"
import { rowFromSearchParams, type SearchParams } from "@/lib/invite/prefill"

export const metadata: Metadata = { title: "Invite clients" }

export default async function InvitePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const session = await requirePageSession()
  const { user, customer, customers, permissions } = session
  const notAgency = clientCannotInvite(customer)
  if (notAgency)
    return (
      <AgencyOnly
        title="Invite clients"
        customerName={customer.name}
        reason={notAgency}
      />
    )
  const header = (
    <PageHeader
      title="Invite clients"
      description={`Invite client accounts or customers to be managed by ${customer.name}. Send one, or hundreds from a CSV file.`}
    />
  )
  if (!canInvite(session))
    return (
      <>
        {header}
        <Card>
          <EmptyState
            title="Your role cannot send invitations"
            description={`Ask a Super Admin or Standard user of ${customer.name} to invite clients, or switch to a customer where you have that role.`}
          />
        </Card>
      </>
    )
  // Only what the form needs crosses to the browser: never the session's access token.
  const defaults: RowDefaults = {
    ManagingCustomerId: customer.id,
    InviterEmail: user.email,
    InviterName: user.name,
    InviterPhone: user.phone ?? "",
  }
  return (
    <>
      {header}
      <InviteForm
        userId={user.id}
        customerId={customer.id}
        defaults={defaults}
        customers={customers}
        canInviteCustomers={permissions.inviteCustomerLinks}
        prefill={rowFromSearchParams(await searchParams, defaults)}
      />
    </>
  )
}
