"use client"

import { signIn } from "next-auth/react"
import { useState } from "react"

import { Button } from "@/components/ui/button"
import { Spinner } from "@/components/ui/spinner"

export interface PersonaChoice {
  email: string
  name: string
  description: string
}

/**
 * "Sign in with Microsoft" and, against the emulator, one button per persona: the persona's
 * email goes along as login_hint, so the emulator skips its picker.
 */
export function SignInButtons({
  callbackUrl,
  personas,
}: {
  callbackUrl: string
  personas: PersonaChoice[] | null
}) {
  const [busy, setBusy] = useState<string | null>(null)

  function start(loginHint?: string) {
    setBusy(loginHint ?? "microsoft")
    void signIn(
      "microsoft",
      { callbackUrl },
      loginHint ? { login_hint: loginHint } : undefined,
    )
  }

  return (
    <div className="flex flex-col gap-4">
      <Button size="lg" onClick={() => start()} disabled={busy !== null}>
        {busy === "microsoft" ? <Spinner /> : null}
        Sign in with Microsoft
      </Button>
      {personas?.length ? (
        <section
          aria-labelledby="personas-heading"
          className="flex flex-col gap-2"
        >
          <h2
            id="personas-heading"
            className="text-fg-muted text-xs font-medium"
          >
            Emulator personas: sign in with one click
          </h2>
          <ul className="flex flex-col gap-1.5">
            {personas.map((p) => (
              <li key={p.email}>
                <button
                  type="button"
                  onClick={() => start(p.email)}
                  disabled={busy !== null}
                  className="hover:bg-subtle w-full rounded-md border px-3 py-2 text-left disabled:opacity-60"
                >
                  <span className="flex items-center justify-between gap-2 text-sm font-medium">
                    <span>Sign in as {p.name}</span>
                    {busy === p.email ? <Spinner /> : null}
                  </span>
                  <span className="text-fg-muted block text-xs">{p.email}</span>
                  <span className="text-fg-muted block text-xs">
                    {p.description}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
