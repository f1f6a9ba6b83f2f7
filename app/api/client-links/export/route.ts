import { gridCaller } from "@/lib/api/callers.server"
import { withSession } from "@/lib/api/with-session.server"
import { parseGridQuery } from "@/lib/contract/grid"
import { exportGrid } from "@/lib/grid/service.server"

// GET /api/client-links/export – the whole current view (every page) as CSV
export const GET = withSession({}, async ({ req, session }) => {
  const query = parseGridQuery(new URL(req.url).searchParams)
  const stream = await exportGrid(gridCaller(session), query)
  const date = new Date().toISOString().slice(0, 10)
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="client-links-${query.view}-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  })
})
