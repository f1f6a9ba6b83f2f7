import Link from "next/link"

import { Button, buttonClassName } from "@/components/ui/button"
import { EmptyState } from "@/components/ui/empty-state"
import { Spinner } from "@/components/ui/spinner"
import { VIEW_LABELS } from "@/lib/grid/views"
import type { Actor } from "@/lib/link-rules/status"

import type { GridParams } from "./grid-params"

/** What the table body says when there is no row to show, and what to do next. */
export function GridEmpty({
  loading,
  failed,
  params,
  actor,
  onClear,
}: {
  loading: boolean
  failed: boolean
  params: GridParams
  actor: Actor
  onClear: () => void
}) {
  if (loading)
    return (
      <div className="flex justify-center py-14">
        <Spinner label="Loading client links" />
        <span className="text-fg-muted ml-2 text-[13px]">
          Loading client links…
        </span>
      </div>
    )
  if (failed)
    return (
      <EmptyState
        title="Nothing to show"
        description="The links could not be loaded. See the message above and try again."
      />
    )
  const filtered =
    params.q !== "" || params.accounts.length + params.customers.length > 0
  if (filtered)
    return (
      <EmptyState
        title="No links match these filters"
        description="Check the name, number or ids, or clear the filters to see every link in this view."
        action={
          <Button variant="secondary" onClick={onClear}>
            Clear filters
          </Button>
        }
      />
    )
  const view = VIEW_LABELS[params.view].toLowerCase()
  if (actor === "client")
    return (
      <EmptyState
        title={
          params.view === "pending"
            ? "No invitations waiting"
            : `No ${view} links`
        }
        description="When an agency invites one of your accounts, the invitation shows up here to accept or decline."
      />
    )
  return (
    <EmptyState
      title={params.view === "all" ? "No client links yet" : `No ${view} links`}
      description="Invite a client account or customer to manage it from your agency."
      action={
        <Link
          href="/invite"
          className={buttonClassName({ variant: "primary" })}
        >
          Invite a client
        </Link>
      }
    />
  )
}
