import { describe, expect, it, vi } from "vitest"
import { z } from "zod"

import {
  UpstreamError,
  type UpstreamErrorInit,
} from "@/lib/ads-api/upstream-error"
import { apiErrorBodySchema } from "@/lib/contract/writes"
import {
  GatherTimeoutError,
  SessionExpiredError,
} from "@/lib/link-rules/errors"

import { API_ERROR_CODES, statusForCode } from "./error-codes"
import { ApiError, fromZodError, toApiError } from "./errors"

const upstream = (init: Partial<UpstreamErrorInit>) =>
  new UpstreamError({
    kind: "fault",
    operation: "AddClientLinks",
    mayHaveReachedServer: true,
    trackingId: "track-1",
    ...init,
  })
const item = (code: number, message = "refused") => ({
  code,
  errorCode: null,
  message,
  details: null,
})

async function answer(e: unknown) {
  const res = toApiError(e, "req-1").toResponse()
  const text = await res.text()
  return {
    res,
    text,
    body: apiErrorBodySchema.parse(JSON.parse(text) as unknown),
  }
}

describe("the code table", () => {
  it("gives every code a status", () => {
    for (const code of API_ERROR_CODES)
      expect(statusForCode(code)).toBeGreaterThanOrEqual(400)
  })
})

describe("upstream failures", () => {
  it.each([
    [{ status: 401, errors: [item(109)] }, 401, "session_expired"],
    [{ status: 401, errors: [item(105)] }, 401, "session_expired"],
    [{ status: 400, errors: [item(3101)] }, 401, "session_expired"],
    [{ status: 403, errors: [item(106)] }, 403, "forbidden"],
    [{ status: 400, errors: [item(1001)] }, 403, "forbidden"],
    [{ status: 400, errors: [item(3024)] }, 422, "upstream_rejected"],
    [{ status: 500, errors: [item(0)] }, 502, "upstream_unavailable"],
    [{ kind: "http" as const, status: 503 }, 502, "upstream_unavailable"],
    [{ kind: "malformed" as const, status: 200 }, 502, "upstream_unavailable"],
    [{ kind: "network" as const }, 502, "upstream_unavailable"],
    [{ kind: "timeout" as const }, 504, "upstream_timeout"],
  ])("%j → %i %s with the TrackingId", async (init, status, code) => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const { res, body } = await answer(upstream(init))
    expect(res.status).toBe(status)
    expect(body.error).toMatchObject({ code, trackingId: "track-1" })
  })

  it("passes the service's code and message on for a refused request", async () => {
    const e = upstream({ status: 400, errors: [item(3024, "Too big.")] })
    const { body } = await answer(e)
    expect(body.error.message).toContain("3024")
    expect(body.error.message).toContain("Too big.")
  })

  it("answers 429 with Retry-After in seconds", async () => {
    const e = upstream({
      status: 429,
      errors: [item(117)],
      retryAfterMs: 59_500,
    })
    const { res, body } = await answer(e)
    expect(res.status).toBe(429)
    expect(res.headers.get("Retry-After")).toBe("60")
    expect(body.error.code).toBe("rate_limited")
  })

  it("keeps upstream text out of a 5xx answer", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const e = upstream({
      kind: "http",
      status: 502,
      message:
        "AddClientLinks answered HTTP 502: <html>secret-internal-host</html>",
    })
    const { text } = await answer(e)
    expect(text).not.toContain("secret-internal-host")
  })
})

describe("domain failures", () => {
  it("answers a gather that took too long with 503 and Retry-After, not a 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {})
    log.mockClear()
    const { res, body } = await answer(new GatherTimeoutError(30))
    expect(res.status).toBe(503)
    expect(res.headers.get("Retry-After")).toBe("30")
    expect(body.error.code).toBe("export_timeout")
    expect(log).not.toHaveBeenCalled()
  })

  it("answers an expired session that could not be refreshed with 401 and its TrackingId", async () => {
    const { res, body } = await answer(new SessionExpiredError("track-9"))
    expect(res.status).toBe(401)
    expect(body.error).toMatchObject({
      code: "session_expired",
      trackingId: "track-9",
    })
  })
})

describe("other errors", () => {
  it("answers an unknown error with a generic 500 and logs it under the request id", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {})
    const { res, text, body } = await answer(new Error("db password=hunter2"))
    expect(res.status).toBe(500)
    expect(body.error.code).toBe("internal_error")
    expect(text).not.toMatch(/hunter2|at .*\.ts/)
    expect(body.error.message).toContain("req-1")
    expect(log.mock.calls[0]?.[0]).toContain("req-1")
  })

  it("keys zod issues by path", () => {
    const schema = z.object({
      links: z.array(z.object({ Name: z.string().max(2) })),
    })
    const r = schema.safeParse({ links: [{ Name: "ok" }, { Name: "long" }] })
    if (r.success) throw new Error("should fail")
    const e = fromZodError(r.error)
    expect(e.status).toBe(400)
    expect(Object.keys(e.fields ?? {})).toEqual(["links.1.Name"])
  })

  it("answers an ApiError as thrown", async () => {
    const { res, body } = await answer(new ApiError("cross_origin"))
    expect(res.status).toBe(403)
    expect(body.error.code).toBe("cross_origin")
  })
})
