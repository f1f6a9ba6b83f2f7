export const DEFAULT_PORT: number
export function nextDevArgs(
  env: Record<string, string | undefined>,
  extra?: readonly string[],
): string[]
