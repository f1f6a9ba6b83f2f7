import { afterEach, beforeEach, describe, expect, it } from "vitest"

import {
  linkKey,
  startUpstream,
  type Upstream,
} from "@/test/route-harness.test-support"

import type { ClientLinkWrite } from "@/lib/ads-api/client.server"
import type { LinkKey, RowResult } from "@/lib/contract/writes"
import { refuseStatusRequest, updateLinkStatuses } from "./status-update"
import type { ClientLink } from "@/lib/ads-api/wire"

let up: Upstream
let agencyLinks: ClientLink[]

beforeEach(async () => {
  up = await startUpstream()
  agencyLinks = await up.agencyLinks()
})

afterEach(() => up.close())

const keyOf = linkKey
const accountLinks = (status: string) =>
  agencyLinks.filter((l) => l.Type === "AccountLink" && l.Status === status)

/** Records what would be sent and answers every row ok. */
function recorder() {
  const sent: ClientLinkWrite[][] = []
  const write = (links: ClientLinkWrite[]) => {
    sent.push(links)
    return Promise.resolve(links.map((): RowResult => ({ ok: true })))
  }
  return { sent, write }
}

const searchBodies = () =>
  up.calls.map((c) => (c.body as { Predicates: unknown[] }).Predicates)

describe("updateLinkStatuses", () => {
  it("sends back the link as Search returned it with only Status and Note changed", async () => {
    const [pending] = accountLinks("LinkPending")
    if (!pending) throw new Error("seed has no pending link")
    const admin = up.sessionFor("admin@contoso.example")
    const { sent, write } = recorder()
    const results = await updateLinkStatuses(
      { action: "cancel", links: [keyOf(pending)], note: "Wrong account" },
      { customerId: admin.customer.id, client: up.clientFor(admin), write },
    )
    expect(results).toEqual([{ ok: true }])
    expect(sent).toEqual([
      [{ ...pending, Status: "LinkCanceled", Note: "Wrong account" }],
    ])
  })

  it("fails rows not found and rows the life cycle refuses, without sending them", async () => {
    const [pending] = accountLinks("LinkPending")
    const [active] = accountLinks("Active")
    const [ended] = accountLinks("Inactive")
    if (!pending || !active || !ended) throw new Error("seed lacks a status")
    const admin = up.sessionFor("admin@contoso.example")
    const missing = { ...keyOf(pending), ClientEntityId: "999999999" }
    const { sent, write } = recorder()
    const results = await updateLinkStatuses(
      {
        action: "cancel",
        links: [
          keyOf(active),
          missing,
          keyOf(pending),
          keyOf(ended),
          keyOf(pending),
        ],
      },
      { customerId: admin.customer.id, client: up.clientFor(admin), write },
    )
    const codes = results.map((r) =>
      r.ok ? "ok" : r.errors.map((e) => e.code).join(),
    )
    expect(codes).toEqual(["3083", "1482", "ok", "3083", "ok"])
    expect(
      results.every((r) => r.ok || r.errors.every((e) => !e.retryable)),
    ).toBe(true)
    expect(sent.flat().map((l) => l.ClientEntityId)).toEqual([
      pending.ClientEntityId,
    ])
    expect(up.calls).toHaveLength(1)
  })

  it("reads ≤10 links per search as the agency", async () => {
    const links = agencyLinks
      .filter((l) => l.Type === "AccountLink")
      .slice(0, 23)
    const admin = up.sessionFor("admin@contoso.example")
    await updateLinkStatuses(
      { action: "unlink", links: links.map(keyOf) },
      {
        customerId: admin.customer.id,
        client: up.clientFor(admin),
        write: recorder().write,
      },
    )
    const inValues = searchBodies().map(
      (p) => (p[1] as { Value: string }).Value.split(",").length,
    )
    expect(inValues.sort()).toEqual([10, 10, 3].sort())
  })

  it("reads one account per search as the client, and accepts", async () => {
    const northwind = up.sessionFor("admin@northwind.example")
    const ids = up.plan.clientAccountIds.slice(0, 3)
    const keys = ids.map((id) => ({
      Type: "AccountLink" as const,
      ClientEntityId: id,
      ManagingCustomerId: up.plan.agencyCustomerId,
    }))
    const { sent, write } = recorder()
    await updateLinkStatuses(
      { action: "accept", links: keys },
      {
        customerId: northwind.customer.id,
        client: up.clientFor(northwind),
        write,
      },
    )
    expect(searchBodies()).toEqual(
      ids.map((id) => [
        { Field: "ClientAccountId", Operator: "Equals", Value: id },
      ]),
    )
    expect(sent.flat().length).toBeGreaterThan(0)
    expect(sent.flat().every((l) => l.Status === "LinkAccepted")).toBe(true)
  })

  it("fails the rows of a search that failed, as retryable, and sends nothing", async () => {
    const [pending] = accountLinks("LinkPending")
    if (!pending) throw new Error("seed has no pending link")
    up.state.faults.schedule({
      operation: "SearchClientLinks",
      calls: [1],
      kind: "status500",
    })
    const admin = up.sessionFor("admin@contoso.example")
    const { sent, write } = recorder()
    const [row] = await updateLinkStatuses(
      { action: "cancel", links: [keyOf(pending)] },
      {
        customerId: admin.customer.id,
        client: up.clientFor(admin),
        write,
        read: { retry: { maxAttempts: 1 } },
      },
    )
    expect(row?.ok === false && row.errors.every((e) => e.retryable)).toBe(true)
    expect(sent).toEqual([])
  })
})

describe("refuseStatusRequest", () => {
  const session = (email: string) => up.sessionFor(email)
  const key = (Type: LinkKey["Type"], managing: string): LinkKey => ({
    Type,
    ClientEntityId: "1234567",
    ManagingCustomerId: managing,
  })

  it("needs respond for accept/decline and cancelOrUnlink for cancel/unlink", () => {
    const viewer = session("viewer@contoso.example")
    const links = [key("AccountLink", viewer.customer.id)]
    expect(refuseStatusRequest(viewer, { action: "cancel", links })).toMatch(
      /role/,
    )
    const clientViewer = session("viewer@northwind.example")
    expect(
      refuseStatusRequest(clientViewer, { action: "accept", links }),
    ).toMatch(/role/)
  })

  it("lets only the agency cancel or unlink and only the client answer", () => {
    const agency = session("admin@contoso.example")
    const client = session("admin@northwind.example")
    const links = [key("AccountLink", agency.customer.id)]
    for (const action of ["accept", "decline"] as const)
      expect(refuseStatusRequest(agency, { action, links })).toBe(
        `Contoso Media is an agency customer: only the client can ${action} links.`,
      )
    for (const action of ["cancel", "unlink"] as const)
      expect(refuseStatusRequest(client, { action, links })).toBe(
        `Northwind Traders is a client customer: only the managing agency can ${action} links.`,
      )
    expect(refuseStatusRequest(client, { action: "accept", links })).toBeNull()
  })

  it("lets only a Super Admin write customer links as the agency", () => {
    const standard = session("standard@contoso.example")
    const id = standard.customer.id
    expect(
      refuseStatusRequest(standard, {
        action: "cancel",
        links: [key("CustomerLink", id)],
      }),
    ).toMatch(/Super Admin/)
    expect(
      refuseStatusRequest(standard, {
        action: "cancel",
        links: [key("AccountLink", id)],
      }),
    ).toBeNull()
    expect(
      refuseStatusRequest(session("admin@contoso.example"), {
        action: "unlink",
        links: [key("CustomerLink", id)],
      }),
    ).toBeNull()
  })
})
