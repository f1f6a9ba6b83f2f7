import "server-only"

import { z } from "zod"

import { forCount } from "@/lib/format"

/**
 * The environment, validated once at start-up (style convention 6). Two modes:
 * - real API: MSADS_API_URL is set; the OAuth client and developer token must be too.
 * - emulator: MSADS_API_URL is unset; the app talks to its own emulator, mounted at
 *   /api/emulator, with well-known local credentials, so `npm run dev` needs no setup.
 * `.env.example` documents every variable.
 */

export const EMULATOR_DEVELOPER_TOKEN = "BBD37VB98"
export const EMULATOR_CLIENT_ID = "linkdesk-local"
export const EMULATOR_CLIENT_SECRET = "linkdesk-local-secret"
/** Local-only: signs sessions in emulator mode, never used once MSADS_API_URL is set. */
export const EMULATOR_NEXTAUTH_SECRET =
  "linkdesk-local-only-emulator-session-secret-do-not-deploy"

export const DEFAULT_AUTH_URL = "https://login.microsoftonline.com/common"
export const DEFAULT_SCOPE = "https://ads.microsoft.com/msads.manage"

/**
 * Where lib/auth/next-auth.server.ts moves a loopback NEXTAUTH_URL so that next-auth derives its origin from
 * the request (lib/auth/sign-in-origin.ts); read back here, so a module evaluated later
 * parses the same environment.
 */
export const MOVED_NEXTAUTH_URL = "LINKDESK_LOOPBACK_NEXTAUTH_URL"

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional()
const optionalUrl = optionalText.pipe(
  z.url({ protocol: /^https?$/ }).optional(),
)
const flag = optionalText.pipe(
  z
    .enum(["1", "true", "0", "false"])
    .transform((v) => v === "1" || v === "true")
    .optional(),
)

const rawSchema = z.object({
  MSADS_API_URL: optionalUrl,
  MSADS_AUTH_URL: optionalUrl,
  MSADS_CLIENT_ID: optionalText,
  MSADS_CLIENT_SECRET: optionalText,
  MSADS_DEVELOPER_TOKEN: optionalText,
  MSADS_SCOPE: optionalText,
  MSADS_EMULATOR: flag,
  NEXTAUTH_URL: optionalUrl,
  [MOVED_NEXTAUTH_URL]: optionalUrl,
  NEXTAUTH_SECRET: optionalText,
  LINKDESK_TRUST_PROXY: flag,
  VERCEL: flag,
  LINKDESK_DEMO: flag,
  /** "0" when the build left the emulator out (next.config.mjs sets it at build time). */
  LINKDESK_EMULATOR_BUILT: optionalText,
  NODE_ENV: optionalText,
  NEXT_PHASE: optionalText,
  PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, "must be a port number")
      .transform(Number)
      .pipe(z.number().int().min(1).max(65535))
      .optional(),
  ),
})

const REAL_MODE_REQUIRED = [
  "MSADS_CLIENT_ID",
  "MSADS_CLIENT_SECRET",
  "MSADS_DEVELOPER_TOKEN",
  "NEXTAUTH_SECRET",
] as const

export interface Env {
  mode: "api" | "emulator"
  /** Server-side base of the Customer Management REST API. */
  apiUrl: string
  /** Authority the browser is sent to (…/oauth2/v2.0/authorize lives under it). */
  authUrl: string
  /** Authority the server calls for tokens. */
  tokenAuthUrl: string
  /** Set when the authority is one of our emulators: its dev endpoints live here. */
  emulatorUrl: string | null
  clientId: string
  clientSecret: string
  developerToken: string
  scope: string
  nextAuthUrl: string
  nextAuthSecret: string
  /** A proxy in front sets X-Forwarded-Host/-Proto (LINKDESK_TRUST_PROXY=1, or Vercel). */
  trustProxy: boolean
  /** A production server on the built-in emulator (LINKDESK_DEMO=1): pages say "Demo". */
  demo: boolean
}

const trimSlash = (url: string) => url.replace(/\/+$/, "")

/** A configuration error: the message names variables, never their values. */
export class EnvError extends Error {
  override name = "EnvError"
  constructor(
    message: string,
    /** The variables at fault, by name. */
    readonly variables: readonly string[],
  ) {
    super(message)
  }
}

/** Pure: parses a copy of process.env (tests pass their own). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = rawSchema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `${i.path.join(".")}: ${i.message}`,
    )
    throw new EnvError(`Invalid environment:\n  ${lines.join("\n  ")}`, [
      ...new Set(parsed.error.issues.map((i) => String(i.path[0]))),
    ])
  }
  const e = parsed.data
  const port = e.PORT ?? 3000
  const nextAuthUrl = trimSlash(
    e.NEXTAUTH_URL ?? e[MOVED_NEXTAUTH_URL] ?? `http://localhost:${port}`,
  )
  const scope = e.MSADS_SCOPE ?? DEFAULT_SCOPE
  const trustProxy = Boolean(e.LINKDESK_TRUST_PROXY ?? e.VERCEL)

  if (!e.MSADS_API_URL) {
    // The emulator and refresh de-dup live in one process's memory and sessions are signed
    // with a public secret: a production server runs it only when told to, as a demo.
    const serving =
      e.NODE_ENV === "production" && e.NEXT_PHASE !== "phase-production-build"
    if (serving && !e.LINKDESK_DEMO)
      throw new EnvError(
        "Invalid environment: MSADS_API_URL is unset, so this production server would run on the built-in emulator, " +
          "which signs sessions with a public key. Set MSADS_API_URL and the real API variables, " +
          "or LINKDESK_DEMO=1 to run it as a demo. See .env.example.",
        ["MSADS_API_URL", "LINKDESK_DEMO"],
      )
    // MSADS_AUTH_URL may name a standalone emulator; it then serves the API too.
    const standalone = e.MSADS_AUTH_URL && trimSlash(e.MSADS_AUTH_URL)
    if (serving && !standalone && e.LINKDESK_EMULATOR_BUILT === "0")
      throw new EnvError(
        "Invalid environment: LINKDESK_DEMO=1 runs the built-in emulator, but this build was made without it. " +
          "Build the demo with LINKDESK_DEMO=1 set at build time (docker build --build-arg LINKDESK_DEMO=1), " +
          "or set MSADS_API_URL and the real API variables. See docs/emulator.md.",
        ["LINKDESK_DEMO"],
      )
    const local = standalone || `http://127.0.0.1:${port}/api/emulator`
    return {
      mode: "emulator",
      apiUrl: local,
      authUrl: standalone || `${nextAuthUrl}/api/emulator`,
      tokenAuthUrl: local,
      emulatorUrl: local,
      clientId: e.MSADS_CLIENT_ID ?? EMULATOR_CLIENT_ID,
      clientSecret: e.MSADS_CLIENT_SECRET ?? EMULATOR_CLIENT_SECRET,
      developerToken: e.MSADS_DEVELOPER_TOKEN ?? EMULATOR_DEVELOPER_TOKEN,
      scope,
      nextAuthUrl,
      nextAuthSecret: e.NEXTAUTH_SECRET ?? EMULATOR_NEXTAUTH_SECRET,
      trustProxy,
      demo: serving,
    }
  }

  const missing = REAL_MODE_REQUIRED.filter((name) => !e[name])
  if (missing.length > 0)
    throw new EnvError(
      `Invalid environment: MSADS_API_URL is set (real API mode), so ${missing.join(", ")} ${forCount(missing.length, "is", "are")} required. ` +
        "Unset MSADS_API_URL to use the built-in emulator. See .env.example.",
      missing,
    )
  const authUrl = trimSlash(e.MSADS_AUTH_URL ?? DEFAULT_AUTH_URL)
  const given = (name: (typeof REAL_MODE_REQUIRED)[number]) => e[name] ?? ""
  return {
    mode: "api",
    apiUrl: trimSlash(e.MSADS_API_URL),
    authUrl,
    tokenAuthUrl: authUrl,
    emulatorUrl: e.MSADS_EMULATOR ? authUrl : null,
    clientId: given("MSADS_CLIENT_ID"),
    clientSecret: given("MSADS_CLIENT_SECRET"),
    developerToken: given("MSADS_DEVELOPER_TOKEN"),
    scope,
    nextAuthUrl,
    nextAuthSecret: given("NEXTAUTH_SECRET"),
    trustProxy,
    demo: false,
  }
}

function load(): { env: Env; error: null } | { env: null; error: EnvError } {
  try {
    // Spelt out so that Next replaces it with the build's value (next.config.mjs `env`).
    const built = process.env.LINKDESK_EMULATOR_BUILT
    return {
      env: parseEnv({ ...process.env, LINKDESK_EMULATOR_BUILT: built }),
      error: null,
    }
  } catch (error) {
    if (error instanceof EnvError) return { env: null, error }
    throw error
  }
}
const loaded = load()

/** The configuration error found at start-up, if any (instrumentation.ts logs it, /api/health answers 503). */
export const envError: EnvError | null = loaded.error

/** The parsed environment; with a configuration error, any use throws that error. */
export const env: Env =
  loaded.env ??
  new Proxy({} as Env, {
    get() {
      throw loaded.error
    },
  })

export const apiBaseUrl = (): string => env.apiUrl
/**
 * The authorize endpoint for a sign-in at `appOrigin`: the built-in emulator lives in this
 * app, so its sign-in page follows the address the browser opened.
 */
export function authorizeUrl(appOrigin: string = env.nextAuthUrl): string {
  const inApp = env.authUrl.startsWith(`${env.nextAuthUrl}/`)
  const base = inApp
    ? `${appOrigin}${env.authUrl.slice(env.nextAuthUrl.length)}`
    : env.authUrl
  return `${base}/oauth2/v2.0/authorize`
}
export const tokenUrl = (): string => `${env.tokenAuthUrl}/oauth2/v2.0/token`
/** True when the authority is one of our emulators (built-in, or MSADS_EMULATOR=1). */
export const isEmulator = (): boolean => env.emulatorUrl !== null
