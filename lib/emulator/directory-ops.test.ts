import { describe, expect, it } from "vitest"

import {
  anyString,
  apiRequest,
  CM,
  matching,
  signIn,
  testEmulator,
} from "./harness.test-support"

async function setup(email = "admin@contoso.example") {
  const { emulator } = testEmulator()
  const t = await signIn(emulator, email)
  const call = async (op: string, body: unknown) => {
    const res = await emulator.handle(
      apiRequest(`${CM}/${op}/Query`, body, t.access_token),
    )
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
    }
  }
  return { emulator, call, plan: emulator.state.plan }
}

describe("GetUser", () => {
  it("returns the caller and one CustomerRole per customer, longs as strings", async () => {
    const { call, emulator } = await setup()
    const { status, body } = await call("User", { UserId: null })
    expect(status).toBe(200)
    expect(Object.keys(body)).toEqual(["User", "CustomerRoles"])
    const agency = [...emulator.state.directory.customers.values()].find(
      (c) => c.Name === "Contoso Media",
    )
    expect(body.User).toMatchObject({
      UserName: "admin@contoso.example",
      ContactInfo: { Email: "admin@contoso.example" },
      Name: { FirstName: "Adele", LastName: "Vance" },
      CustomerId: agency?.Id,
      Id: matching(/^\d{9}$/),
    })
    expect(body.CustomerRoles).toEqual([
      {
        RoleId: 41,
        CustomerId: agency?.Id,
        AccountIds: null,
        LinkedAccountIds: null,
        CustomerLinkPermission: null,
      },
      {
        RoleId: 41,
        CustomerId: matching(/^\d{9}$/),
        AccountIds: null,
        LinkedAccountIds: null,
        CustomerLinkPermission: null,
      },
    ])
  })

  it("shows another user only through a shared customer, and refuses a bad UserId", async () => {
    const { call, emulator } = await setup("viewer@contoso.example")
    const admin = emulator.state.userByEmail("admin@contoso.example")
    const client = emulator.state.userByEmail("admin@northwind.example")
    const seen = await call("User", { UserId: admin?.Id })
    expect(seen.status).toBe(200)
    expect(seen.body.CustomerRoles).toHaveLength(1)
    expect((await call("User", { UserId: client?.Id })).status).toBe(403)
    expect((await call("User", { UserId: "12ab" })).status).toBe(400)
  })
})

describe("GetCustomersInfo, GetAccountsInfo, GetCustomer", () => {
  it("lists the caller's customers, filtered and capped by TopN (required)", async () => {
    const { call } = await setup()
    const all = await call("CustomersInfo", { TopN: 10 })
    expect(
      (all.body.CustomersInfo as { Name: string }[]).map((c) => c.Name),
    ).toEqual(["Contoso Media", "Contoso Media Labs"])
    const filtered = await call("CustomersInfo", {
      CustomerNameFilter: "labs",
      TopN: 10,
    })
    expect(filtered.body.CustomersInfo).toHaveLength(1)
    expect(
      (await call("CustomersInfo", { TopN: 1 })).body.CustomersInfo,
    ).toHaveLength(1)
    expect((await call("CustomersInfo", {})).status).toBe(400)
  })

  it("lists the accounts of a customer the caller has a role on, 106 otherwise", async () => {
    const { call, plan } = await setup("admin@northwind.example")
    const own = await call("AccountsInfo", {
      CustomerId: plan.clientCustomerId,
      OnlyParentAccounts: false,
    })
    expect(own.status).toBe(200)
    const accounts = own.body.AccountsInfo as { Id: string; Number: string }[]
    expect(accounts.map((a) => a.Id)).toEqual(plan.clientAccountIds)
    expect(accounts[0]).toEqual({
      Id: anyString,
      Name: anyString,
      Number: matching(/^[XF][A-Z0-9]{7}$/),
      AccountLifeCycleStatus: "Active",
      PauseReason: null,
    })
    expect((await call("AccountsInfo", {})).body.AccountsInfo).toHaveLength(6)
    const other = await call("AccountsInfo", {
      CustomerId: plan.agencyCustomerId,
    })
    expect(other.status).toBe(403)
    expect(other.body).toMatchObject({
      Type: "AdApiFaultDetail",
      Errors: [{ Code: 106, ErrorCode: "UserIsNotAuthorized" }],
    })
  })

  it("gets a customer the caller has a role on, 106 otherwise", async () => {
    const { call, plan } = await setup()
    const mine = await call("Customer", { CustomerId: plan.agencyCustomerId })
    expect(mine.body.Customer).toMatchObject({
      Id: plan.agencyCustomerId,
      Name: "Contoso Media",
      Number: matching(/^C[A-Z0-9]{7}$/),
    })
    expect(
      (await call("Customer", { CustomerId: plan.clientCustomerId })).status,
    ).toBe(403)
    expect((await call("Customer", {})).status).toBe(400)
  })
})
