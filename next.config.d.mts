import type { NextConfig } from "next"

export function emulatorBuiltIn(
  phase: string,
  env?: Record<string, string | undefined>,
): boolean
declare const nextConfig: (phase: string) => NextConfig
export default nextConfig
