import { describe, expect, it, vi } from "vitest"

import { postSlice } from "./post-slice"

// The first fetch of the request code fails (a dropped connection), the next one works.
const chunk = vi.hoisted(() => ({ fail: true }))
vi.mock("@/lib/invite/post-invite", () => {
  if (chunk.fail) throw new Error("chunk failed")
  return {
    postInviteSlice: (links: unknown[]) =>
      Promise.resolve({ kind: "results", results: links.map(() => "sent") }),
  }
})

describe("postSlice", () => {
  it("fails the slice as not sent and retryable when its code cannot load, then loads it at the next send", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const answer = await postSlice([])
    expect(answer).toMatchObject({
      kind: "failed",
      status: null,
      failure: {
        local: { kind: "network", status: null },
        retryable: true,
        mayHaveApplied: false,
      },
    })
    expect(console.error).toHaveBeenCalledWith(
      "The invitation request code did not load.",
      expect.any(Error),
    )
    chunk.fail = false
    await expect(postSlice([])).resolves.toEqual({
      kind: "results",
      results: [],
    })
  })
})
