import { z } from "zod"

import { ApiError, fromZodError } from "./errors"

/** 1 MiB: an invite request of 1,000 full rows stays well below it. */
export const MAX_BODY_BYTES = 1024 * 1024

const tooLarge = (limit: number) =>
  new ApiError("payload_too_large", {
    message: `The request body is larger than ${limit} bytes.`,
  })

/**
 * The body as text, refused with 413 once it passes `limit` bytes: by Content-Length before
 * reading, and again while reading, since a chunked body announces no length.
 */
export async function readBodyText(
  req: Request,
  limit: number = MAX_BODY_BYTES,
): Promise<string> {
  const declared = req.headers.get("content-length")
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit)
  if (!req.body) return ""
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    bytes.set(c, at)
    at += c.byteLength
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    throw notJson()
  }
}

const notJson = () =>
  new ApiError("invalid_request", { message: "The body is not valid JSON." })

/** The body parsed as JSON and validated with `schema`: 400 with `fields` when it does not fit. */
export async function readJsonBody<S extends z.core.$ZodType>(
  req: Request,
  schema: S,
  limit: number = MAX_BODY_BYTES,
): Promise<z.output<S>> {
  const text = await readBodyText(req, limit)
  let json: unknown
  try {
    json = JSON.parse(text) as unknown
  } catch {
    throw notJson()
  }
  const parsed = await z.safeParseAsync(schema, json)
  if (!parsed.success) throw fromZodError(parsed.error)
  return parsed.data
}
