import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

import type { EmulatorState } from "./state"
import type { TokenSnapshot } from "./tokens"

/**
 * Optional file persistence (`EMULATOR_STATE_FILE`): loaded at start, saved (debounced)
 * after every write. The file holds the seed, the clock offset, the tokens and the link
 * service's own snapshot; the directory is rebuilt from the seed.
 */
interface StateFile {
  version: 1
  seed: number
  linkCount: number
  clockOffsetMs: number
  tokens: TokenSnapshot
  links: unknown
}

export const SAVE_DELAY_MS = 250

export function loadState(state: EmulatorState, path: string): boolean {
  let file: StateFile
  try {
    file = JSON.parse(readFileSync(path, "utf8")) as StateFile
  } catch {
    return false
  }
  if (file.version !== 1) return false
  try {
    state.reset({ seed: file.seed, links: file.linkCount })
    state.clock.advance(file.clockOffsetMs / 1000)
    state.tokens.restore(file.tokens)
    state.links.restore(file.links)
    return true
  } catch (e) {
    // A file from an older link format must not stop the emulator: start from the seed.
    console.error(`emulator: ignoring unreadable state in ${path}:`, e)
    state.reset()
    return false
  }
}

export function saveState(state: EmulatorState, path: string): void {
  const file: StateFile = {
    version: 1,
    seed: state.seed,
    linkCount: state.linkCount,
    clockOffsetMs: state.clock.offset,
    tokens: state.tokens.snapshot(),
    links: state.links.snapshot(),
  }
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(file))
  renameSync(tmp, path)
}

/** Saves at most once per SAVE_DELAY_MS after a change; `flush` saves now. */
export function createSaver(state: EmulatorState, path: string | null) {
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!path) return
    try {
      saveState(state, path)
    } catch (e) {
      // A failed save must not take the emulator down; the next write tries again.
      console.error(`emulator: could not save ${path}:`, e)
    }
  }
  return {
    changed: () => {
      if (!path || timer) return
      timer = setTimeout(flush, SAVE_DELAY_MS)
      timer.unref?.()
    },
    flush,
    pending: () => timer !== null,
  }
}
