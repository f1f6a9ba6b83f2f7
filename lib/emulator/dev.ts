import { z } from "zod"

import { faultScheduleSchema } from "./faults"
import { json, readObject } from "./http"
import { PERSONAS, ROLE_NAMES } from "./personas"
import type { EmulatorState } from "./state"

/**
 * Development endpoints under `/_emulator/` (JSON). They are not part of Microsoft's API:
 * the browser tests and scripts use them to move the clock, reset, inspect and break things.
 */
const clockSchema = z.union([
  z.strictObject({ advanceSeconds: z.number().min(0) }),
  z.strictObject({ now: z.iso.datetime({ offset: true }) }),
])
const resetSchema = z.strictObject({
  links: z.number().int().min(0).max(100_000).optional(),
  seed: z.number().int().optional(),
})
const revokeSchema = z.strictObject({ email: z.string().min(1) })
const configSchema = z.strictObject({
  accessTokenTtlSeconds: z.number().int().min(1).optional(),
  rateLimitPerMinute: z.number().int().min(0).optional(),
  faults: z
    .strictObject({
      latencyMs: z.number().int().min(0).optional(),
      status500Rate: z.number().min(0).max(1).optional(),
      throttleRate: z.number().min(0).max(1).optional(),
      malformedRate: z.number().min(0).max(1).optional(),
      dropRate: z.number().min(0).max(1).optional(),
    })
    .optional(),
})

const bad = (message: string) =>
  json(400, { error: { code: "bad_request", message } })

async function parse<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<T | Response> {
  const body = await readObject(request)
  if (body === null) return bad("The body must be a JSON object.")
  const r = schema.safeParse(body)
  return r.success ? r.data : bad(z.prettifyError(r.error))
}

export function personas(state: EmulatorState) {
  return PERSONAS.map((p) => {
    const user = state.userByEmail(p.email)
    const roles = (user?.roles ?? []).map((r) => {
      const c = state.directory.customers.get(r.CustomerId)
      return {
        roleId: r.RoleId,
        roleName: ROLE_NAMES[r.RoleId],
        customerId: r.CustomerId,
        customerName: c?.Name ?? null,
        customerNumber: c?.Number ?? null,
      }
    })
    const customerIds = new Set(roles.map((r) => r.customerId))
    return {
      email: p.email,
      name: `${p.firstName} ${p.lastName}`,
      userId: user?.Id ?? null,
      description: p.description,
      roles,
      accountIds: [...state.directory.accounts.values()]
        .filter((a) => customerIds.has(a.ParentCustomerId))
        .map((a) => a.Id),
    }
  })
}

/** The seed plan with numbers, so tests can invite accounts with a known outcome. */
export function planBody(state: EmulatorState) {
  const { plan, directory } = state
  const account = (id: string) => ({
    id,
    number: directory.accounts.get(id)?.Number ?? null,
    ownerCustomerNumber:
      directory.customers.get(
        directory.accounts.get(id)?.ParentCustomerId ?? "",
      )?.Number ?? null,
  })
  const customer = (id: string) => ({
    id,
    number: directory.customers.get(id)?.Number ?? null,
  })
  return {
    agencyCustomer: customer(plan.agencyCustomerId),
    otherAgencyCustomer: customer(plan.otherAgencyCustomerId),
    clientCustomer: customer(plan.clientCustomerId),
    freeAccounts: plan.freeAccountIds.map(account),
    managedByOtherAgencyAccounts:
      plan.managedByOtherAgencyAccountIds.map(account),
    prepaidAccounts: plan.prepaidAccountIds.map(account),
    clientAccounts: plan.clientAccountIds.map(account),
    smallAgencyCustomers: plan.smallAgencyCustomerIds.map(customer),
    agencyCreatedAccounts: plan.agencyCreatedAccountIds.map(account),
  }
}

const configBody = (state: EmulatorState) => ({
  accessTokenTtlSeconds: state.tokens.accessTtlSeconds,
  rateLimitPerMinute: state.limiter.perMinute,
  faults: state.faults.rates,
})

const clockBody = (state: EmulatorState) => ({
  now: state.clock.now().toISOString(),
  offsetSeconds: state.clock.offset / 1000,
})

/** Answers a `/_emulator/<name>` request, or null when there is no such endpoint. */
export async function devEndpoint(
  state: EmulatorState,
  name: string,
  request: Request,
  changed: () => void,
): Promise<Response | null> {
  const route = `${request.method} ${name}`
  switch (route) {
    case "GET health":
      return json(200, {
        status: "ok",
        links: state.links.count(),
        seed: state.seed,
        ...clockBody(state),
      })
    case "GET personas":
      return json(200, { personas: personas(state) })
    case "GET plan":
      return json(200, planBody(state))
    case "GET clock":
      return json(200, clockBody(state))
    case "POST clock": {
      const b = await parse(request, clockSchema)
      if (b instanceof Response) return b
      try {
        if ("advanceSeconds" in b) state.clock.advance(b.advanceSeconds)
        else state.clock.set(new Date(b.now))
      } catch (e) {
        return bad((e as Error).message)
      }
      state.links.tick()
      changed()
      return json(200, clockBody(state))
    }
    case "POST reset": {
      const b = await parse(request, resetSchema)
      if (b instanceof Response) return b
      state.reset(b)
      changed()
      return json(200, {
        status: "reset",
        seed: state.seed,
        links: state.links.count(),
      })
    }
    case "GET requests":
      return json(200, { requests: state.log })
    case "DELETE requests":
      state.log.length = 0
      return json(200, { requests: [] })
    case "GET faults":
      return json(200, {
        schedule: state.faults.list(),
        rates: state.faults.rates,
      })
    case "POST faults": {
      const b = await parse(request, faultScheduleSchema)
      if (b instanceof Response) return b
      state.faults.schedule(b)
      return json(200, { schedule: state.faults.list() })
    }
    case "DELETE faults":
      state.faults.clear()
      return json(200, { schedule: [] })
    case "GET tokens": {
      const email = new URL(request.url).searchParams.get("email") ?? ""
      const user = state.userByEmail(email)
      if (!user) return bad(`No persona has the email ${email}.`)
      return json(200, {
        email: user.Email,
        ...state.tokens.liveTokensOf(user.Id),
      })
    }
    case "POST revoke": {
      const b = await parse(request, revokeSchema)
      if (b instanceof Response) return b
      const user = state.userByEmail(b.email)
      if (!user) return bad(`No persona has the email ${b.email}.`)
      const revoked = state.tokens.revokeUser(user.Id)
      changed()
      return json(200, { email: user.Email, revoked })
    }
    case "GET config":
      return json(200, configBody(state))
    case "POST config": {
      const b = await parse(request, configSchema)
      if (b instanceof Response) return b
      if (b.accessTokenTtlSeconds !== undefined)
        state.tokens.accessTtlSeconds = b.accessTokenTtlSeconds
      if (b.rateLimitPerMinute !== undefined)
        state.limiter.perMinute = b.rateLimitPerMinute
      if (b.faults) state.faults.rates = { ...state.faults.rates, ...b.faults }
      return json(200, configBody(state))
    }
    default:
      return null
  }
}
