import { z } from "zod"

import { DEFAULT_ADD_RULES, type AddRules } from "./links/add-rules"

/**
 * Every emulator setting in one place, with its default and its `EMULATOR_*` variable.
 * docs/emulator.md lists the same table for people.
 */
export interface FaultRates {
  /** Added delay on every API call, in milliseconds. `EMULATOR_LATENCY_MS` */
  latencyMs: number
  /** Share of API calls answered 500 InternalError (0..1). `EMULATOR_FAIL_RATE` */
  status500Rate: number
  /** Share of API calls answered 429 CallRateExceeded (0..1). `EMULATOR_THROTTLE_RATE` */
  throttleRate: number
  /** Share of API calls answered 200 with a truncated body (0..1). `EMULATOR_MALFORMED_RATE` */
  malformedRate: number
  /** Share of API calls whose connection is closed without an answer (0..1). `EMULATOR_DROP_RATE` */
  dropRate: number
}

export interface EmulatorOptions {
  /** Accepted DeveloperToken values. `EMULATOR_DEVELOPER_TOKENS` (comma-separated) */
  developerTokens: string[]
  /** Access-token lifetime in seconds. `EMULATOR_TOKEN_TTL` */
  accessTokenTtlSeconds: number
  /** Seed of the directory and link PRNG. `EMULATOR_SEED` */
  seed: number
  /** How many links the main agency starts with. `EMULATOR_LINKS` */
  links: number
  /** JSON file the state is loaded from and saved to; none = memory only. `EMULATOR_STATE_FILE` */
  stateFile: string | null
  faults: FaultRates
  /** API calls per customer per sliding 60 s; 0 = off. `EMULATOR_RATE_LIMIT` */
  rateLimitPerMinute: number
  /** `EMULATOR_REJECT_ID_AND_NUMBER_FOR_CUSTOMER_LINKS`, `EMULATOR_REQUIRE_CLIENT_ENTITY_CUSTOMER_NUMBER` */
  addRules: AddRules
  /** Mount prefix, e.g. `/api/emulator` inside the Next app; "" standalone. */
  basePath: string
}

/** The sandbox universal developer token (docs/emulator.md, "Signing in"). */
export const SANDBOX_DEVELOPER_TOKEN = "BBD37VB98"

export const DEFAULT_OPTIONS: EmulatorOptions = {
  developerTokens: [SANDBOX_DEVELOPER_TOKEN],
  accessTokenTtlSeconds: 3600,
  seed: 1,
  links: 2400,
  stateFile: null,
  faults: {
    latencyMs: 0,
    status500Rate: 0,
    throttleRate: 0,
    malformedRate: 0,
    dropRate: 0,
  },
  rateLimitPerMinute: 0,
  addRules: { ...DEFAULT_ADD_RULES },
  basePath: "",
}

export type EmulatorOptionsInput = Partial<
  Omit<EmulatorOptions, "faults" | "addRules">
> & {
  faults?: Partial<FaultRates>
  addRules?: Partial<AddRules>
}

/** Defaults overlaid with `input`; nested objects are merged, not replaced. */
export function resolveOptions(
  input: EmulatorOptionsInput = {},
): EmulatorOptions {
  const basePath = (input.basePath ?? "").replace(/\/+$/, "")
  const defined = <T extends object>(o: T | undefined) =>
    Object.fromEntries(
      Object.entries(o ?? {}).filter(([, v]) => v !== undefined),
    )
  return {
    ...DEFAULT_OPTIONS,
    ...defined(input),
    basePath,
    faults: { ...DEFAULT_OPTIONS.faults, ...defined(input.faults) },
    addRules: { ...DEFAULT_OPTIONS.addRules, ...defined(input.addRules) },
  }
}

const rate = z.coerce.number().min(0).max(1)
const count = z.coerce.number().int().min(0)
const flag = z
  .enum(["1", "0", "true", "false"])
  .transform((v) => v === "1" || v === "true")

const envSchema = z.object({
  EMULATOR_DEVELOPER_TOKENS: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .optional(),
  EMULATOR_TOKEN_TTL: z.coerce.number().int().min(1).optional(),
  EMULATOR_SEED: z.coerce.number().int().optional(),
  EMULATOR_LINKS: count.optional(),
  EMULATOR_STATE_FILE: z.string().min(1).optional(),
  EMULATOR_LATENCY_MS: count.optional(),
  EMULATOR_FAIL_RATE: rate.optional(),
  EMULATOR_THROTTLE_RATE: rate.optional(),
  EMULATOR_MALFORMED_RATE: rate.optional(),
  EMULATOR_DROP_RATE: rate.optional(),
  EMULATOR_RATE_LIMIT: count.optional(),
  EMULATOR_REJECT_ID_AND_NUMBER_FOR_CUSTOMER_LINKS: flag.optional(),
  EMULATOR_REQUIRE_CLIENT_ENTITY_CUSTOMER_NUMBER: flag.optional(),
})

/** Options from `EMULATOR_*` variables; empty strings count as unset. Throws on bad values. */
export function optionsFromEnv(
  env: Record<string, string | undefined> = process.env,
): EmulatorOptionsInput {
  const set = Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => k.startsWith("EMULATOR_") && v !== undefined && v !== "",
    ),
  )
  const e = envSchema.parse(set)
  const f: Partial<FaultRates> = {}
  const r: Partial<AddRules> = {}
  const out: EmulatorOptionsInput = { faults: f, addRules: r }
  if (e.EMULATOR_DEVELOPER_TOKENS?.length)
    out.developerTokens = e.EMULATOR_DEVELOPER_TOKENS
  if (e.EMULATOR_TOKEN_TTL !== undefined)
    out.accessTokenTtlSeconds = e.EMULATOR_TOKEN_TTL
  if (e.EMULATOR_SEED !== undefined) out.seed = e.EMULATOR_SEED
  if (e.EMULATOR_LINKS !== undefined) out.links = e.EMULATOR_LINKS
  if (e.EMULATOR_STATE_FILE !== undefined) out.stateFile = e.EMULATOR_STATE_FILE
  if (e.EMULATOR_RATE_LIMIT !== undefined)
    out.rateLimitPerMinute = e.EMULATOR_RATE_LIMIT
  if (e.EMULATOR_LATENCY_MS !== undefined) f.latencyMs = e.EMULATOR_LATENCY_MS
  if (e.EMULATOR_FAIL_RATE !== undefined) f.status500Rate = e.EMULATOR_FAIL_RATE
  if (e.EMULATOR_THROTTLE_RATE !== undefined)
    f.throttleRate = e.EMULATOR_THROTTLE_RATE
  if (e.EMULATOR_MALFORMED_RATE !== undefined)
    f.malformedRate = e.EMULATOR_MALFORMED_RATE
  if (e.EMULATOR_DROP_RATE !== undefined) f.dropRate = e.EMULATOR_DROP_RATE
  if (e.EMULATOR_REJECT_ID_AND_NUMBER_FOR_CUSTOMER_LINKS !== undefined)
    r.rejectIdAndNumberForCustomerLinks =
      e.EMULATOR_REJECT_ID_AND_NUMBER_FOR_CUSTOMER_LINKS
  if (e.EMULATOR_REQUIRE_CLIENT_ENTITY_CUSTOMER_NUMBER !== undefined)
    r.requireClientEntityCustomerNumber =
      e.EMULATOR_REQUIRE_CLIENT_ENTITY_CUSTOMER_NUMBER
  return out
}
