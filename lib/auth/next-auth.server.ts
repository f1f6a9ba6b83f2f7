import "server-only"

import type { NextAuthOptions } from "next-auth"
import type { OAuthConfig } from "next-auth/providers/oauth"

import {
  loadDirectory,
  type DirectorySnapshot,
} from "@/lib/auth/directory.server"
import {
  reconcileToken,
  sessionFromToken,
  switchCustomer,
  tokenAtSignIn,
} from "@/lib/auth/token-state.server"
import { SESSION_MAX_AGE, useSecureCookies } from "@/lib/auth/cookie.server"
import { isLoopbackUrl } from "@/lib/auth/sign-in-origin"
import {
  authorizeUrl,
  env,
  MOVED_NEXTAUTH_URL,
  tokenUrl,
} from "@/lib/env.server"

/**
 * One OAuth provider for the Microsoft identity platform and for our emulator alike (only
 * the URLs differ, lib/env.server.ts). Microsoft Advertising has no userinfo endpoint we can use
 * with the msads.manage token, so the "userinfo" step calls GetUser through our client.
 */
// next-auth 4 takes its origin (the OAuth redirect_uri, its redirects) from NEXTAUTH_URL on
// every request, else, with AUTH_TRUST_HOST, from the request's host. A loopback public URL
// follows the loopback alias the browser opened: the route handler refuses every other host
// before next-auth sees it (lib/auth/sign-in-origin.ts). Any other URL stays fixed, and our
// default (which follows PORT) replaces next-auth's http://localhost:3000.
if (isLoopbackUrl(env.nextAuthUrl)) {
  process.env[MOVED_NEXTAUTH_URL] = env.nextAuthUrl
  delete process.env.NEXTAUTH_URL
  process.env.AUTH_TRUST_HOST = "1"
} else {
  process.env.NEXTAUTH_URL = env.nextAuthUrl
}

interface MicrosoftProfile {
  directory: DirectorySnapshot
}

const microsoft = (origin: string): OAuthConfig<MicrosoftProfile> => ({
  id: "microsoft",
  name: "Microsoft",
  type: "oauth",
  authorization: {
    url: authorizeUrl(origin),
    params: { scope: `openid profile email offline_access ${env.scope}` },
  },
  token: tokenUrl(),
  userinfo: {
    async request({ tokens }) {
      if (!tokens.access_token)
        throw new Error("The token response had no access_token")
      return { directory: await loadDirectory(tokens.access_token) }
    },
  },
  clientId: env.clientId,
  clientSecret: env.clientSecret,
  client: { token_endpoint_auth_method: "client_secret_post" },
  // Tokens for msads.manage carry no id_token we rely on; GetUser says who signed in.
  idToken: false,
  checks: ["state"],
  profile: ({ directory: { user } }) => ({
    id: user.id,
    name: user.name,
    email: user.email,
  }),
})

/** Options for a sign-in at `origin` (lib/auth/sign-in-origin.ts decides which one). */
export const authOptionsAt = (origin: string): NextAuthOptions => ({
  providers: [microsoft(origin)],
  secret: env.nextAuthSecret,
  useSecureCookies,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: {
    // Without a customer role there is nothing to show: /signin?error=AccessDenied says so.
    signIn: ({ profile }) => (profile?.directory?.customers.length ?? 0) > 0,
    async jwt({ token, account, profile, trigger, session }) {
      if (account) return tokenAtSignIn(token, account, profile)
      if (trigger === "update") {
        const switched = await switchCustomer(token, session)
        return reconcileToken(switched)
      }
      return reconcileToken(token)
    },
    session: ({ session, token }) => sessionFromToken(token, session.expires),
  },
})
