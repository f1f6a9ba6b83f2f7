import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { addClientLinksInChunks, searchAllPages } from "./batch"
import {
  type ClientLinksClient,
  createClientLinksClient,
} from "./client.server"
import {
  AGENCY_ADMIN,
  type ContractWorld,
  signIn,
  startContractWorld,
} from "./emulator-world.test-support"
import { ERROR_CODES } from "./error-codes"
import { UpstreamError } from "./upstream-error"
import type { ClientLink, Predicate } from "./wire"

/**
 * The typed client against the standalone emulator over real HTTP: a persona signs in
 * through the OAuth endpoints, then every call goes through fetch, JSON and the zod schemas.
 */
let world: ContractWorld
let server: ContractWorld["server"]
let agencyId: string
let client: ClientLinksClient
let plan: ContractWorld["plan"]
let invite: ContractWorld["invite"]

beforeAll(async () => {
  world = await startContractWorld(11)
  ;({ server, agencyId, plan, invite } = world)
  client = world.client()
}, 60_000)

afterAll(async () => {
  await world?.server.close()
})

const byAccount = (id: string): Predicate[] => [
  { Field: "ClientAccountId", Operator: "Equals", Value: id },
  { Field: "DirectManagingCustomerId", Operator: "Equals", Value: agencyId },
]
const latest = async (accountId: string) => {
  const r = await client.searchClientLinks({
    Predicates: byAccount(accountId),
    PageInfo: { Index: 0, Size: 100 },
  })
  return r.data.ClientLinks ?? []
}
const codesOf = (p: { Code: number }[] | null | undefined) =>
  p?.map((e) => e.Code) ?? null

describe("contract: look-ups", () => {
  it("GetUser, GetCustomersInfo, GetAccountsInfo and GetCustomer parse", async () => {
    const user = await client.getUser()
    expect(user.data.User.UserName).toBe(AGENCY_ADMIN)
    expect(user.data.User.ContactInfo?.Email).toBe(AGENCY_ADMIN)
    expect(
      user.data.CustomerRoles?.map((r) => [r.CustomerId, r.RoleId]),
    ).toContainEqual([agencyId, 41])
    expect(user.trackingId).toMatch(/\S+/)
    const customers = await client.getCustomersInfo()
    expect(customers.data.CustomersInfo?.map((c) => c.Id)).toContain(agencyId)
    const accounts = await client.getAccountsInfo(agencyId)
    expect(Array.isArray(accounts.data.AccountsInfo)).toBe(true)
    const customer = await client.getCustomer(agencyId)
    expect(customer.data.Customer).toMatchObject({
      Id: agencyId,
      Name: "Contoso Media",
    })
  })
})

describe("contract: add, search, update", () => {
  it("adds with partial errors lined up with the request", async () => {
    const [a, b] = plan.freeAccountIds
    const other = plan.managedByOtherAgencyAccountIds[0]
    const prepaid = plan.prepaidAccountIds[0]
    const r = await client.addClientLinks([
      invite(a!),
      invite(other!),
      invite(b!, { Name: "x".repeat(41) }),
      invite(prepaid!),
    ])
    expect(r.trackingId).toMatch(/\S+/)
    expect(r.data.PartialErrors?.map(codesOf)).toEqual([
      null,
      [ERROR_CODES.ManagedByAnotherAgency.code],
      [ERROR_CODES.NameTooLong.code],
      [ERROR_CODES.PrepaidAccountNotAllowed.code],
    ])
    const [link] = await latest(a!)
    expect(link).toMatchObject({
      ClientEntityId: a,
      ManagingCustomerId: agencyId,
      Status: "LinkPending",
    })
  })

  it("batches 12 invitations over two calls, a duplicate failing in its own row", async () => {
    const ids = plan.freeAccountIds.slice(10, 21)
    const dup = plan.freeAccountIds[0]!
    const progress: number[] = []
    const results = await addClientLinksInChunks(
      client,
      [...ids.map((id) => invite(id)), invite(dup)],
      {
        onProgress: (done) => progress.push(done),
      },
    )
    expect(results.slice(0, 11).every((r) => r.ok)).toBe(true)
    expect(results[11]).toMatchObject({
      ok: false,
      errors: [
        { code: ERROR_CODES.InvitationAlreadySent.code, retryable: false },
      ],
    })
    // One report per call, cumulative: whichever chunk finishes first reports 10 or 2.
    expect(progress).toHaveLength(2)
    expect(progress.at(-1)).toBe(12)
  })

  it("cancels a pending invite; search shows only the latest link of the pair", async () => {
    const id = plan.freeAccountIds[0]!
    const [pending] = await latest(id)
    expect(pending?.Status).toBe("LinkPending")
    const r = await client.updateClientLinks([
      { ...pending!, Status: "LinkCanceled" },
    ])
    expect(r.data.PartialErrors?.map(codesOf) ?? [null]).toEqual([null])
    expect((await latest(id)).map((l) => l.Status)).toEqual(["LinkCanceled"])
    const again = await client.addClientLinks([invite(id)])
    expect(again.data.PartialErrors?.map(codesOf) ?? [null]).toEqual([null])
    expect((await latest(id)).map((l) => l.Status)).toEqual(["LinkPending"])
  })

  it("pages through every link of the agency the same way at any page size, in order", async () => {
    const dm: Predicate[] = [
      {
        Field: "DirectManagingCustomerId",
        Operator: "Equals",
        Value: agencyId,
      },
    ]
    const key = (l: ClientLink) => `${l.Type}:${l.ClientEntityId}`
    const big = await searchAllPages(client, dm, [
      { Field: "Id", Order: "Ascending" },
    ])
    const small = await searchAllPages(
      client,
      dm,
      [{ Field: "Id", Order: "Ascending" }],
      {
        pageSize: 37,
        concurrency: 3,
      },
    )
    expect(big.links.length).toBeGreaterThan(200)
    expect(small.links.map(key)).toEqual(big.links.map(key))
    expect(new Set(big.links.map(key)).size).toBe(big.links.length)
    expect(small.pages).toBe(Math.floor(big.links.length / 37) + 1)
    const ids = big.links.map((l) => BigInt(l.ClientEntityId ?? "0"))
    expect(ids.every((v, i) => i === 0 || ids[i - 1]! <= v)).toBe(true)
    const desc = await searchAllPages(client, dm, [
      { Field: "Id", Order: "Descending" },
    ])
    expect(desc.links.map(key)).toEqual([...big.links.map(key)].reverse())
    const byName = await searchAllPages(client, dm, [
      { Field: "Name", Order: "Ascending" },
    ])
    const names = byName.links.map((l) => (l.Name ?? "").toLowerCase())
    expect(names.every((n, i) => i === 0 || names[i - 1]! <= n)).toBe(true)
  })
})

describe("contract: faults", () => {
  it("a bad developer token is a typed fault with a TrackingId", async () => {
    const bad = createClientLinksClient({
      baseUrl: server.url,
      accessToken: await signIn(server.url, AGENCY_ADMIN),
      developerToken: "NOT-A-TOKEN",
    })
    const e = await bad.getUser().catch((x: unknown) => x)
    expect(e).toBeInstanceOf(UpstreamError)
    const u = e as UpstreamError
    expect(u.kind).toBe("fault")
    expect(u.status).toBe(401)
    expect(u.errors[0]?.code).toBe(ERROR_CODES.InvalidCredentials.code)
    expect(u.errors[0]?.errorCode).toBe("InvalidCredentials")
    expect(u.trackingId).toMatch(/\S+/)
  })

  it("a search breaking the predicate rules is an ApiFault", async () => {
    const e = await client
      .searchClientLinks({ Predicates: [], PageInfo: { Index: 0, Size: 10 } })
      .catch((x: unknown) => x)
    expect(e).toMatchObject({
      kind: "fault",
      status: 400,
      errors: [{ code: ERROR_CODES.PredicatesRequired.code, errorCode: null }],
    })
  })
})
