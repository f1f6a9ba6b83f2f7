/**
 * Origins the sign-in flow talks to besides our own. next-auth's sign-in form
 * POSTs to /api/auth/signin/<provider>, which redirects to the OAuth authority;
 * browsers check `form-action` on that redirect, so the authority (e.g.
 * "https://login.microsoftonline.com") must be listed here.
 */
export const AUTH_FORM_ACTION_ORIGINS: readonly string[] = []

/** Extra origins the browser may fetch from directly (rare: the browser calls only our route handlers). */
export const EXTRA_CONNECT_ORIGINS: readonly string[] = []

export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The page CSP. Scripts run only with this request's nonce ('strict-dynamic'
 * lets those scripts load the chunks they import). Styles allow inline
 * because React renders `style` attributes (e.g. progress bars), which cannot
 * carry a nonce; style injection cannot run code.
 */
export function buildPageCsp(nonce: string, isDev: boolean): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React refresh and dev error overlays use eval; production never does.
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(isDev ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...EXTRA_CONNECT_ORIGINS],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", ...AUTH_FORM_ACTION_ORIGINS],
    "frame-ancestors": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}
