import { envError } from "@/lib/env.server"

// GET /api/health – liveness for container health checks; never cached. A configuration
// error answers 503 with the variables' names (never their values).
export function GET() {
  const headers = { "Cache-Control": "no-store" }
  if (envError)
    return Response.json(
      {
        status: "error",
        error: "configuration",
        variables: envError.variables,
        message: envError.message,
      },
      { status: 503, headers },
    )
  return Response.json({ status: "ok" }, { headers })
}
