import { escapeHtml } from "./http"
import { PERSONAS, ROLE_NAMES } from "./personas"

/**
 * The sign-in page: one link per persona, each the same authorize URL plus `login_hint`.
 * Every interpolated value is escaped. No inline CSS or script: the app serves /api/* under
 * `default-src 'none'` (next.config.mjs), so the page is plain semantic HTML.
 */
export function pickerHtml(authorizeUrl: URL, error: string | null): string {
  const items = PERSONAS.map((p) => {
    const url = new URL(authorizeUrl)
    url.searchParams.set("login_hint", p.email)
    const roles = [...new Set(p.roles.map((r) => ROLE_NAMES[r.roleId]))].join(
      ", ",
    )
    return `<li><a class="persona" href="${escapeHtml(url.pathname + url.search)}">
<strong>${escapeHtml(`${p.firstName} ${p.lastName}`)}</strong><br>
<span>${escapeHtml(p.email)} · ${escapeHtml(roles)}</span><br>
<span>${escapeHtml(p.description)}</span></a></li>`
  }).join("\n")
  const alert = error
    ? `<p role="alert" class="error">${escapeHtml(error)}</p>`
    : ""
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in - Microsoft Advertising emulator</title>
</head>
<body>
<main>
<h1>Sign in to the Microsoft Advertising emulator</h1>
<p>This is a local emulator, not Microsoft. Choose who to sign in as.</p>
${alert}
<nav aria-label="Personas"><ul>
${items}
</ul></nav>
</main>
</body>
</html>`
}
