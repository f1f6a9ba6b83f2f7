import { PERSONAS } from "@/lib/emulator/personas"

import { test as setup } from "./fixtures"
import { saveFreshSignIn } from "./support/auth-state"

/**
 * The setup project: every persona signs in through OAuth once, and the specs load the
 * saved cookies (signInAs) instead of signing in again. See e2e/support/auth-state.ts.
 * One test per persona, so a slow sign-in on a busy machine has a test's time of its own.
 */
for (const { email } of PERSONAS)
  setup(`${email} signs in`, async ({ browser, baseURL, emulator }) => {
    const context = await browser.newContext({ baseURL })
    await saveFreshSignIn(context, email, emulator)
    await context.close()
  })
