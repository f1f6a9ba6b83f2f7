import { withSession } from "@/lib/api/with-session"
import {
  gridCaller,
  loadGrid,
  parseGridQuery,
} from "@/lib/client-links/grid-service"

// GET /api/client-links – one page of the selected customer's links, with view counts
export const GET = withSession({}, async ({ req, session }) => {
  const grid = await loadGrid(gridCaller(session), parseGridQuery(req))
  return Response.json(grid, { headers: { "Cache-Control": "no-store" } })
})
