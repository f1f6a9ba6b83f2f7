import { withSession } from "@/lib/api/with-session.server"
import { gridCaller, loadGrid, parseGridQuery } from "@/lib/grid/service.server"

// GET /api/client-links – one page of the selected customer's links, with view counts
export const GET = withSession({}, async ({ req, session }) => {
  const grid = await loadGrid(gridCaller(session), parseGridQuery(req))
  return Response.json(grid, { headers: { "Cache-Control": "no-store" } })
})
