import { afterEach, beforeEach, vi } from "vitest"

import { upstreamClient } from "@/lib/ads-api/upstream.server"
import { getUpstreamSession } from "@/lib/auth/session.server"

import { startUpstream, type Upstream } from "@/test/route-harness.test-support"

/**
 * For route tests that mock `@/lib/auth/session` (vi.mock is hoisted per file, so each
 * file keeps its own): before each test a fresh emulator over HTTP, the mocked session
 * module wired to it, and, with `as`, a signed-in user; after it, the emulator stopped.
 * `set` receives each test's upstream.
 */
export function upstreamPerTest(
  options: { links?: number; as?: string },
  set: (up: Upstream) => void,
): void {
  let up: Upstream | null = null
  beforeEach(async () => {
    vi.resetAllMocks()
    up = await startUpstream(options.links)
    vi.mocked(upstreamClient).mockImplementation(up.clientFor)
    if (options.as)
      vi.mocked(getUpstreamSession).mockResolvedValue(up.sessionFor(options.as))
    set(up)
  })
  afterEach(() => up?.close())
}
