/**
 * Start-up: validate the environment once (lib/env.server.ts), as the README promises. A
 * configuration error is logged here by variable name; /api/health then answers 503 so a
 * container with a missing variable fails its health check instead of serving 500s.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return
  const { envError } = await import("@/lib/env.server")
  if (envError) console.error(`Linkdesk cannot start: ${envError.message}`)
}
