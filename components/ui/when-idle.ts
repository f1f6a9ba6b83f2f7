/** How long a busy page may put off the idle work, at most. */
const IDLE_TIMEOUT_MS = 2_000

/**
 * Runs `work` once the browser is idle (requestIdleCallback, or a timer where it is
 * missing), never in the same task: the next page's prefetch must not compete with the
 * first page's rendering. Returns a cancel function.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof globalThis.requestIdleCallback === "function") {
    const id = globalThis.requestIdleCallback(work, {
      timeout: IDLE_TIMEOUT_MS,
    })
    return () => globalThis.cancelIdleCallback(id)
  }
  const t = setTimeout(work, IDLE_TIMEOUT_MS)
  return () => clearTimeout(t)
}
