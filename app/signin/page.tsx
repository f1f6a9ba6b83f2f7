import type { Metadata } from "next"

import { EmulatorBadge } from "@/components/session/emulator-badge"
import { SignInButtons } from "@/components/session/sign-in-buttons"
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
} from "@/components/ui/card"
import { safeCallbackUrl } from "@/lib/auth/page.server"
import { signInErrorMessage } from "@/lib/auth/sign-in-errors"
import { fetchPersonas } from "@/lib/auth/personas.server"
import { isEmulator } from "@/lib/env.server"

export const metadata: Metadata = { title: "Sign in" }

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  const callbackUrl = safeCallbackUrl(params.callbackUrl)
  // No "already signed in" redirect: the watcher sends users here when the API refused
  // their token although the cookie still looks valid (e.g. revoked), and they must be
  // able to sign in again.

  const error = typeof params.error === "string" ? params.error : null
  const personas = isEmulator() ? await fetchPersonas() : null

  return (
    <main className="grid min-h-dvh place-items-center px-4 py-10">
      <Card className="w-full max-w-md">
        <CardHeader>
          <div className="flex items-center justify-between gap-2">
            <h1 className="text-base font-semibold tracking-tight">
              Sign in to Linkdesk
            </h1>
            {isEmulator() ? <EmulatorBadge /> : null}
          </div>
          <CardDescription>
            Use your Microsoft Advertising account to manage client links.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {error ? (
            <p role="alert" className="text-danger text-sm">
              {signInErrorMessage(error)}
            </p>
          ) : null}
          <SignInButtons
            callbackUrl={callbackUrl}
            personas={
              personas?.map(({ email, name, description }) => ({
                email,
                name,
                description,
              })) ?? null
            }
          />
        </CardContent>
      </Card>
    </main>
  )
}
