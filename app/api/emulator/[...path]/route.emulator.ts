import { getEmulator } from "@/lib/emulator/instance"

// /api/emulator/* – the built-in Microsoft Advertising emulator; gone once a real API is configured.
export const dynamic = "force-dynamic"
export const runtime = "nodejs"

function handle(request: Request): Promise<Response> | Response {
  if (process.env.MSADS_API_URL?.trim())
    return new Response("Not Found", { status: 404 })
  return getEmulator({ basePath: "/api/emulator" }).handle(request)
}

export { handle as DELETE, handle as GET, handle as POST, handle as PUT }
