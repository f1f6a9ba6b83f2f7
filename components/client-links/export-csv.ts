import { errorFrom, networkError } from "@/lib/fetch-json"

export interface ExportFile {
  blob: Blob
  filename: string
}

const FALLBACK_NAME = "client-links.csv"

/** The name in `Content-Disposition: attachment; filename="…"`, or a default. */
export function filenameFrom(disposition: string | null): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? "")
  return match?.[1] ?? FALLBACK_NAME
}

/**
 * Fetches the export; throws ApiRequestError with our route's sentence (e.g. the export
 * took too long, try again) so the page can show it instead of a broken download.
 */
export async function fetchExport(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ExportFile> {
  let res: Response
  try {
    res = await fetchImpl(url, { headers: { Accept: "text/csv" } })
  } catch {
    throw networkError()
  }
  if (!res.ok) throw await errorFrom(res, await res.json().catch(() => null))
  return {
    blob: await res.blob(),
    filename: filenameFrom(res.headers.get("Content-Disposition")),
  }
}
