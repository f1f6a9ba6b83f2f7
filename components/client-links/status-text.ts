import type { BadgeTone } from "@/components/ui/badge"
import type { ViewId } from "@/lib/grid/views"
import { viewOfStatus } from "@/lib/grid/views"
import type { ClientLinkStatus } from "@/lib/link-rules/status"

/** Each status in plain words: a label and what it means for the people involved. */
export const STATUS_TEXT: Record<
  ClientLinkStatus,
  { label: string; explain: string }
> = {
  LinkPending: {
    label: "Pending",
    explain:
      "Invitation sent. Waiting for the client to accept or decline; it expires after 30 days.",
  },
  LinkCanceled: {
    label: "Canceled",
    explain:
      "The agency withdrew the invitation before the client answered. Send a new one to try again.",
  },
  LinkExpired: {
    label: "Expired",
    explain:
      "Nobody answered within 30 days, so the invitation lapsed. Send a new one to try again.",
  },
  LinkAccepted: {
    label: "Accepted",
    explain:
      "The client accepted. Microsoft Advertising is about to start setting up the link.",
  },
  LinkDeclined: {
    label: "Declined",
    explain: "The client declined the invitation. Nothing changed.",
  },
  LinkInProgress: {
    label: "Linking",
    explain:
      "Accepted; billing and access are moving to the agency. Usually minutes, up to 30, or on the start date if that is later.",
  },
  Active: {
    label: "Active",
    explain: "Linked: the agency manages this client, with the billing agreed.",
  },
  LinkFailed: {
    label: "Failed",
    explain:
      "Linking failed, for example the billing change was refused. Send a new invitation.",
  },
  UnlinkRequested: {
    label: "Unlink requested",
    explain:
      "The agency asked to end the link. Microsoft Advertising will process it.",
  },
  UnlinkPending: {
    label: "Unlink pending",
    explain:
      "The request to end the link is queued; the link still works meanwhile.",
  },
  UnlinkCanceled: {
    label: "Unlink canceled",
    explain: "The request to end the link was withdrawn; the link stays.",
  },
  UnlinkInProgress: {
    label: "Unlinking",
    explain:
      "The link is ending: billing and access move back to the client. Ads may pause briefly.",
  },
  Inactive: {
    label: "Inactive",
    explain:
      "The link has ended. Send a new invitation to manage this client again.",
  },
  UnlinkFailed: {
    label: "Unlink failed",
    explain:
      "Ending the link failed, so it stays active. Try the unlink again later.",
  },
}

const TONES: Record<ViewId, BadgeTone> = {
  all: "neutral",
  pending: "pending",
  active: "active",
  "in-progress": "progress",
  attention: "attention",
  inactive: "inactive",
}

export const statusTone = (s: ClientLinkStatus): BadgeTone =>
  TONES[viewOfStatus(s) ?? "all"]
