"use client"

import { loadOnIntent } from "@/components/ui/load-on-intent"
import type { SliceAnswer } from "@/lib/invite/post-invite"
import type { ClientLinkInput } from "@/lib/link-rules/add"

// The request and the reading of its answer are fetched on idle after the first paint
// (or by the first send), not with the page.
const poster = loadOnIntent(() => import("@/lib/invite/post-invite"))

export function prefetchPoster() {
  poster.start().catch((e: unknown) => {
    // Not lost: the first send asks again, and fails its rows retryably if it cannot.
    console.error("The invitation request code did not load ahead of time.", e)
  })
}

/** Posts one slice. When the request code cannot load, nothing was sent: retrying is safe. */
export function postSlice(links: ClientLinkInput[]): Promise<SliceAnswer> {
  return poster.start().then(
    (m) => m.postInviteSlice(links),
    (e: unknown): SliceAnswer => {
      console.error("The invitation request code did not load.", e)
      return {
        kind: "failed",
        status: null,
        fields: {},
        failure: {
          local: {
            kind: "network",
            status: null,
            message:
              "Linkdesk could not load what sends the invitations: check your connection. Nothing was sent; retrying is safe.",
            trackingId: null,
          },
          retryable: true,
          mayHaveApplied: false,
        },
      }
    },
  )
}
