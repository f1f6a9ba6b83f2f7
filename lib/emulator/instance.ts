import { createEmulator, type Emulator } from "./handler"
import { optionsFromEnv, type EmulatorOptionsInput } from "./options"

/**
 * The in-app emulator, one per process. It lives on `globalThis` so that Next dev hot
 * reloads, which re-evaluate modules, keep the same state (links, tokens, clock).
 * `overrides` only count on the first call, which creates it.
 */
const KEY = Symbol.for("linkdesk.emulator")
type Holder = { [KEY]?: Emulator }

export function getEmulator(overrides: EmulatorOptionsInput = {}): Emulator {
  const holder = globalThis as Holder
  holder[KEY] ??= createEmulator({ ...optionsFromEnv(), ...overrides })
  return holder[KEY]
}
