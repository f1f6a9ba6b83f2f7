import { createEmulator, type Emulator } from "./handler"
import { createLinkService } from "./links"
import { optionsFromEnv, type EmulatorOptionsInput } from "./options"

/**
 * The in-app emulator, one per process. It lives on `globalThis` so that Next dev hot
 * reloads, which re-evaluate modules, keep the same state (links, tokens, clock).
 */
const KEY = Symbol.for("linkdesk.emulator")
type Holder = { [KEY]?: Emulator }

export function getEmulator(overrides: EmulatorOptionsInput = {}): Emulator {
  const holder = globalThis as Holder
  holder[KEY] ??= createEmulator(
    { ...optionsFromEnv(), ...overrides },
    { createLinks: createLinkService },
  )
  return holder[KEY]
}
