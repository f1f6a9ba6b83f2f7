// GET /api/health – liveness for container health checks; never cached.
export function GET() {
  return Response.json(
    { status: "ok" },
    { headers: { "Cache-Control": "no-store" } },
  )
}
