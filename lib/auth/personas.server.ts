import "server-only"

import { z } from "zod"

import { env } from "@/lib/env.server"

/** The emulator's sign-in personas for the /signin quick buttons (emulator mode only). */
const personaSchema = z.object({
  email: z.string(),
  name: z.string(),
  description: z.string(),
  roles: z
    .array(
      z.object({ roleName: z.string(), customerName: z.string().nullable() }),
    )
    .default([]),
})
export type EmulatorPersona = z.output<typeof personaSchema>

export async function fetchPersonas(): Promise<EmulatorPersona[] | null> {
  if (!env.emulatorUrl) return null
  try {
    const res = await fetch(`${env.emulatorUrl}/_emulator/personas`, {
      cache: "no-store",
      signal: AbortSignal.timeout(5_000),
    })
    if (!res.ok) return null
    const body = z
      .object({ personas: z.array(personaSchema) })
      .safeParse(await res.json())
    return body.success ? body.data.personas : null
  } catch {
    return null
  }
}
