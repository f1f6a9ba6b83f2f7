import { describe, expect, it } from "vitest"

import type { LinkKey } from "@/lib/contract/writes"
import { fakeClient, makeLink } from "@/lib/grid/gather-client.test-support"

import { planReads, readLinks } from "./status-reads"

describe("planReads", () => {
  const key = (id: number, type: LinkKey["Type"] = "AccountLink"): LinkKey => ({
    Type: type,
    ClientEntityId: String(1000000 + id),
    ManagingCustomerId: "900",
  })

  it("asks for at most 10 ids per call as the agency, account and customer links apart", () => {
    const keys = [...Array(23).keys()].map((i) => key(i))
    const jobs = planReads([...keys, key(99, "CustomerLink")], "900")
    expect(jobs.map((j) => j.keys.length)).toEqual([10, 10, 3, 1])
    expect(jobs[0]?.predicates).toEqual([
      { Field: "DirectManagingCustomerId", Operator: "Equals", Value: "900" },
      {
        Field: "ClientAccountId",
        Operator: "In",
        Value: keys
          .slice(0, 10)
          .map((k) => k.ClientEntityId)
          .join(","),
      },
    ])
    expect(jobs[3]?.predicates[1]).toMatchObject({
      Field: "ClientCustomerId",
      Operator: "In",
    })
  })

  it("asks for one account per call as the client", () => {
    const jobs = planReads([key(1), key(2), key(3)], "555")
    expect(jobs.map((j) => j.predicates)).toEqual(
      [1, 2, 3].map((i) => [
        {
          Field: "ClientAccountId",
          Operator: "Equals",
          Value: String(1000000 + i),
        },
      ]),
    )
  })
})

describe("readLinks", () => {
  it("keeps at most `concurrency` searches in flight, and reads every link", async () => {
    const links = [...Array(7).keys()].map((i) => makeLink(i))
    const { client, calls, stats } = fakeClient({ links, delayMs: 5 })
    const keys = links.map((l) => ({
      Type: "AccountLink" as const,
      ClientEntityId: l.ClientEntityId ?? "",
      ManagingCustomerId: "9000",
    }))
    // As the client: one search per account, so seven searches for two slots.
    const read = await readLinks(client, keys, "555", { concurrency: 2 })
    expect(calls).toHaveLength(7)
    expect(stats.maxInFlight).toBe(2)
    expect([...read.values()].map((r) => "Status" in r && r.Status)).toEqual(
      links.map(() => "Active"),
    )
  })
})
