import { randomUUID } from "node:crypto"

/** Response helpers shared by the API, OAuth and development routes. */
export const JSON_TYPE = "application/json; charset=utf-8"

export const newTrackingId = () => randomUUID()

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": JSON_TYPE, ...headers },
  })
}

export function html(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
    },
  })
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** A JSON object body, or null when the text is not JSON or not an object. */
export function parseObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text)
    return v !== null && typeof v === "object" && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** The request body as a JSON object; an empty body reads as `{}`. */
export async function readObject(
  request: Request,
): Promise<Record<string, unknown> | null> {
  const text = await request.text()
  return text.trim() === "" ? {} : parseObject(text)
}
