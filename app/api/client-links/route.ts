import { gridCaller } from "@/lib/api/callers.server"
import { withSession } from "@/lib/api/with-session.server"
import { parseGridQuery } from "@/lib/contract/grid"
import { loadGrid } from "@/lib/grid/service.server"

// GET /api/client-links – one page of the selected customer's links, with view counts
export const GET = withSession({}, async ({ req, session }) => {
  const query = parseGridQuery(new URL(req.url).searchParams)
  const grid = await loadGrid(gridCaller(session), query)
  return Response.json(grid, { headers: { "Cache-Control": "no-store" } })
})
