import { test as setup } from "./fixtures"
import { saveFreshSignIn } from "./support/auth-state"

/**
 * The setup project: every persona signs in through OAuth once, and the specs load the
 * saved cookies (signInAs) instead of signing in again. See e2e/support/auth-state.ts.
 */
setup("every persona signs in once", async ({ browser, baseURL, emulator }) => {
  for (const { email } of await emulator.personas()) {
    const context = await browser.newContext({ baseURL })
    await saveFreshSignIn(context, email, emulator)
    await context.close()
  }
})
