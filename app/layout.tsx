import type { Metadata, Viewport } from "next"
import { connection } from "next/server"

import { DemoBanner } from "@/components/session/demo-banner"
import { env } from "@/lib/env.server"

import "./globals.css"

export const metadata: Metadata = {
  title: { template: "%s · Linkdesk", default: "Linkdesk" },
  description: "Manage Microsoft Advertising client links.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8f9fa" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0d0f" },
  ],
}

export default async function RootLayout({
  children,
}: {
  children: React.ReactNode
}) {
  // Every page renders per request so Next can stamp the CSP nonce from proxy.ts.
  await connection()
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {env.demo ? <DemoBanner /> : null}
        {children}
      </body>
    </html>
  )
}
