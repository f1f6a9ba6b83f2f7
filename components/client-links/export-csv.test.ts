import { describe, expect, it, vi } from "vitest"

import { fetchExport, filenameFrom } from "./export-csv"
import { ApiRequestError } from "@/lib/fetch-json"

const answering = (res: Response) =>
  vi.fn<typeof fetch>(() => Promise.resolve(res))

describe("fetchExport", () => {
  it("gives the CSV and the file name the route chose", async () => {
    const file = await fetchExport(
      "/api/client-links/export",
      answering(
        new Response("Type\r\nAccountLink\r\n", {
          headers: {
            "Content-Type": "text/csv",
            "Content-Disposition":
              'attachment; filename="client-links-all-2026-01-02.csv"',
          },
        }),
      ),
    )
    expect(file.filename).toBe("client-links-all-2026-01-02.csv")
    expect(await file.blob.text()).toBe("Type\r\nAccountLink\r\n")
  })

  it("throws the route's sentence when the export took too long", async () => {
    const message =
      "The export took too long: Linkdesk is still gathering. Try again in a minute."
    const error = await fetchExport(
      "/x",
      answering(
        Response.json(
          { error: { code: "export_timeout", message } },
          { status: 503, headers: { "Retry-After": "60" } },
        ),
      ),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect(error).toMatchObject({
      message,
      kind: "route",
      status: 503,
      code: "export_timeout",
      retryAfterS: 60,
    })
  })

  it("says the server could not be reached on a network failure", async () => {
    const error = await fetchExport(
      "/x",
      vi.fn<typeof fetch>(() => Promise.reject(new TypeError("failed"))),
    ).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: "network", status: null })
  })

  it("names the file even without a Content-Disposition", () => {
    expect(filenameFrom(null)).toBe("client-links.csv")
  })
})
