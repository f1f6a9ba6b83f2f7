import { escapeHtml } from "./http"
import { PERSONAS, ROLE_NAMES } from "./personas"

/**
 * The sign-in page: one link per persona, each the same authorize URL plus `login_hint`.
 * Every interpolated value is escaped.
 */
export function pickerHtml(authorizeUrl: URL, error: string | null): string {
  const items = PERSONAS.map((p) => {
    const url = new URL(authorizeUrl)
    url.searchParams.set("login_hint", p.email)
    const roles = [...new Set(p.roles.map((r) => ROLE_NAMES[r.roleId]))].join(
      ", ",
    )
    return `<li><a class="persona" href="${escapeHtml(url.pathname + url.search)}">
<strong>${escapeHtml(`${p.firstName} ${p.lastName}`)}</strong>
<span>${escapeHtml(p.email)} · ${escapeHtml(roles)}</span>
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
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
ul{list-style:none;padding:0}
li{margin:.5rem 0}
a.persona{display:flex;flex-direction:column;gap:.2rem;padding:.75rem 1rem;border:1px solid #8a8886;border-radius:.4rem;color:inherit;text-decoration:none}
a.persona:hover,a.persona:focus-visible{border-color:#0f6cbd;outline:3px solid #0f6cbd;outline-offset:1px}
.error{color:#a4262c;border:1px solid #a4262c;padding:.5rem 1rem;border-radius:.4rem}
</style>
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
