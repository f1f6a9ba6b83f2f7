import type { Metadata } from "next"
import Link from "next/link"

export const metadata: Metadata = { title: "Not found" }

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-fg-muted font-mono text-xs">404</p>
      <h1 className="text-lg font-semibold">Page not found</h1>
      <p className="text-fg-muted max-w-sm text-sm">
        The page you asked for does not exist or has moved.
      </p>
      <Link
        href="/links"
        className="text-accent mt-2 text-sm font-medium underline-offset-4 hover:underline"
      >
        Go to client links
      </Link>
    </main>
  )
}
