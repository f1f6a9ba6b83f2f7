import { describe, expect, it } from "vitest"

import { INVITE_URL, postInviteSlice } from "./post-invite"
import { reply } from "@/test/json-response.test-support"

const link = {
  Type: "AccountLink" as const,
  ClientEntityId: "1",
  ManagingCustomerId: "2",
  IsBillToClient: true,
}

// Runs in happy-dom (.tsx): the send path is browser code.

describe("postInviteSlice", () => {
  it("posts the links and returns the per-row results", async () => {
    let seen: RequestInit | undefined
    const answer = await postInviteSlice([link], (url, init) => {
      expect(url).toBe(INVITE_URL)
      seen = init
      return reply(200, { results: [{ ok: true }] })()
    })
    expect(JSON.parse(seen?.body as string)).toEqual({ links: [link] })
    expect(answer).toEqual({ kind: "results", results: [{ ok: true }] })
  })

  it("treats a short or unreadable answer as an unknown outcome", async () => {
    const answer = await postInviteSlice(
      [link, link],
      reply(200, { results: [{ ok: true }] }),
    )
    expect(answer).toMatchObject({
      kind: "failed",
      failure: {
        retryable: true,
        mayHaveApplied: true,
        local: { kind: "unreadable" },
      },
    })
  })

  it("reads the error body: 429 retryable, 5xx unknown, 400 with fields final", async () => {
    const throttled = await postInviteSlice(
      [link],
      reply(
        429,
        { error: { code: "rate_limited", message: "slow", trackingId: "t9" } },
        { "Retry-After": "30" },
      ),
    )
    expect(throttled).toMatchObject({
      kind: "failed",
      status: 429,
      failure: {
        retryable: true,
        mayHaveApplied: false,
        local: {
          kind: "route",
          status: 429,
          trackingId: "t9",
          message:
            "Too many requests, try again in 30 s. These rows were not sent.",
        },
      },
    })
    const broken = await postInviteSlice([link], reply(502, "<html>"))
    expect(broken).toMatchObject({
      failure: {
        retryable: true,
        mayHaveApplied: true,
        local: {
          kind: "route",
          status: 502,
          message:
            "The Linkdesk server had a problem (HTTP 502). These rows may not have been sent; retrying is safe.",
        },
      },
    })
    const invalid = await postInviteSlice(
      [link],
      reply(400, {
        error: {
          code: "invalid",
          message: "Check the fields",
          fields: { "links.0.Name": "Too long" },
        },
      }),
    )
    expect(invalid).toMatchObject({
      fields: { "links.0.Name": "Too long" },
      failure: { retryable: false, local: { message: "Check the fields" } },
    })
  })

  it("turns a dropped connection into a retryable, possibly applied failure", async () => {
    const answer = await postInviteSlice([link], () =>
      Promise.reject(new TypeError("Failed to fetch")),
    )
    expect(answer).toMatchObject({
      status: null,
      failure: {
        retryable: true,
        mayHaveApplied: true,
        local: {
          kind: "network",
          status: null,
          message: expect.stringMatching(
            /^No answer from Linkdesk: check your connection/,
          ) as unknown,
        },
      },
    })
  })
})
