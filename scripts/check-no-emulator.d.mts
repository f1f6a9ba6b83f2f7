export const EMULATOR_MARKER: string
export function filesWithMarker(dirs: readonly string[]): string[]
