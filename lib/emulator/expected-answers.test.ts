import { beforeAll, describe, expect, it } from "vitest"

import {
  EXPECTED_ANSWERS,
  type ExpectedAnswer,
  type Step,
  type Who,
} from "./expected-answers"
import { createEmulator, type Emulator } from "./handler"
import { apiRequest, CM, ORIGIN, signIn } from "./harness.test-support"

// Every row of the fixture against the real emulator, through its HTTP handler only.
type Ref = {
  id: string
  number: string | null
  ownerCustomerNumber?: string | null
}
type Plan = Record<string, Ref | Ref[]>

const PATH: Record<Exclude<Step["op"], "AdvanceClock">, [string, string]> = {
  AddClientLinks: ["POST", `${CM}/ClientLinks`],
  UpdateClientLinks: ["PUT", `${CM}/ClientLinks`],
  SearchClientLinks: ["POST", `${CM}/ClientLinks/Search`],
}

async function world(settings: ExpectedAnswer["settings"] = {}) {
  const em = createEmulator({ links: 40, addRules: settings })
  const plan = (await (
    await em.handle(new Request(`${ORIGIN}/_emulator/plan`))
  ).json()) as Plan
  const one = (k: string) => plan[k] as Ref
  const pools: Record<string, Ref[]> = {
    free: plan.freeAccounts as Ref[],
    client: plan.clientAccounts as Ref[],
    prepaid: plan.prepaidAccounts as Ref[],
    managed: plan.managedByOtherAgencyAccounts as Ref[],
    created: plan.agencyCreatedAccounts as Ref[],
    small: plan.smallAgencyCustomers as Ref[],
  }
  const single: Record<string, Ref> = {
    agency: one("agencyCustomer"),
    other: one("otherAgencyCustomer"),
    client: one("clientCustomer"),
  }
  const ref = (name: string, index: string): Ref => {
    const hit = index === "" ? single[name] : pools[name]?.[Number(index)]
    if (!hit) throw new Error(`no $${name}${index} in the seed`)
    return hit
  }
  const fill = (v: unknown): unknown => {
    if (typeof v === "string")
      return v.replace(
        /\$([a-z]+)(\d*)(?:\.(number|owner))?/g,
        (_, n: string, i: string, f?: string) => {
          const r = ref(n, i)
          return (
            (f === "number"
              ? r.number
              : f === "owner"
                ? r.ownerCustomerNumber
                : r.id) ?? ""
          )
        },
      )
    if (Array.isArray(v)) return v.map(fill)
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]))
    return v
  }
  return { em, fill }
}

const signedIn = new WeakMap<Emulator, Map<string, string>>()
async function call(
  em: Emulator,
  who: Who,
  op: keyof typeof PATH,
  body: unknown,
) {
  const tokens = signedIn.get(em) ?? new Map<string, string>()
  signedIn.set(em, tokens)
  let token = tokens.get(who)
  if (!token) tokens.set(who, (token = (await signIn(em, who)).access_token))
  const [method, path] = PATH[op]
  const res = await em.handle(apiRequest(path, body, token, { method }))
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
  }
}

type Link = Record<string, unknown>
async function run(
  w: Awaited<ReturnType<typeof world>>,
  step: Step,
  before?: (l: Link) => void,
) {
  if (step.op === "AdvanceClock") {
    await w.em.handle(
      new Request(`${ORIGIN}/_emulator/clock`, {
        method: "POST",
        body: JSON.stringify({ advanceSeconds: step.seconds }),
      }),
    )
    return null
  }
  if (step.op !== "UpdateClientLinks")
    return call(w.em, step.who, step.op, w.fill(step.body))
  const u = w.fill(step.update) as {
    manager: string
    account: string
    set: Link
  }
  // By account only: a client may not name a manager it has no role on.
  const found = await call(w.em, step.who, "SearchClientLinks", {
    Predicates: [
      { Field: "ClientAccountId", Operator: "Equals", Value: u.account },
    ],
    PageInfo: { Index: 0, Size: 10 },
  })
  const link = (found.body.ClientLinks as Link[] | undefined)?.find(
    (l) => l.ManagingCustomerId === u.manager,
  )
  if (!link) throw new Error(`no link ${u.manager} → ${u.account}`)
  before?.(link)
  return call(w.em, step.who, "UpdateClientLinks", {
    ClientLinks: [{ ...link, ...u.set }],
  })
}

const codesOf = (errors: unknown) =>
  (errors as { Code: number }[]).map((e) => e.Code)

let plain: Awaited<ReturnType<typeof world>>
beforeAll(async () => {
  plain = await world()
})

describe("the emulator gives every expected answer", () => {
  it.each(EXPECTED_ANSWERS.map((r) => [r.name, r] as const))(
    "%s",
    async (_, row) => {
      const w = row.settings ? await world(row.settings) : plain
      await w.em.handle(
        new Request(`${ORIGIN}/_emulator/reset`, {
          method: "POST",
          body: "{}",
        }),
      )
      for (const step of row.given ?? []) {
        const r = await run(w, step)
        if (r) expect(r.body, `given ${step.op}`).not.toHaveProperty("Type")
        if (r?.body.PartialErrors) expect(r.body.PartialErrors).toEqual([null])
      }
      const answer = await run(w, row.request, (link) => {
        if (row.lifeCycle) expect(link.Status).toBe(row.lifeCycle.from)
      })
      expect(answer?.status, JSON.stringify(answer?.body)).toBe(row.status)
      const body = answer?.body ?? {}
      if (row.partialErrors) {
        expect(body.OperationErrors).toEqual([])
        const partial = (body.PartialErrors as unknown[]).map((e) =>
          e === null ? null : codesOf(e),
        )
        expect(partial).toEqual(row.partialErrors)
      }
      if (row.faultCodes)
        expect(codesOf(body.OperationErrors ?? body.Errors)).toEqual(
          row.faultCodes,
        )
      if (row.request.op === "SearchClientLinks" && row.status === 200)
        // No total count and no other member: a caller pages until a page comes back short.
        expect(Object.keys(body)).toEqual(["ClientLinks"])
    },
  )
})
