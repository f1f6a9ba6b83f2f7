import { describe, expect, it } from "vitest"

import { rowFromSearchParams } from "./prefill"
import { DEFAULTS } from "./rows.test-support"

describe("rowFromSearchParams", () => {
  it("prefills a row from the grid's Re-invite link", () => {
    const row = rowFromSearchParams(
      {
        Type: "AccountLink",
        ClientEntityId: "123",
        IsBillToClient: "False",
        Name: "Acme",
        Note: ["n1", "n2"],
        page: "2",
      },
      DEFAULTS,
    )
    expect(row).toMatchObject({
      Type: "AccountLink",
      ClientEntityId: "123",
      IsBillToClient: "false",
      Name: "Acme",
      Note: "n1",
      ManagingCustomerId: "900",
      InviterEmail: "ada@agency.example",
    })
  })

  it("drops who-pays for customer links and needs a client", () => {
    expect(
      rowFromSearchParams(
        {
          Type: "CustomerLink",
          ClientEntityNumber: "C1",
          IsBillToClient: "true",
        },
        DEFAULTS,
      )?.IsBillToClient,
    ).toBe("")
    expect(rowFromSearchParams({ Name: "No client" }, DEFAULTS)).toBeNull()
    expect(rowFromSearchParams({}, DEFAULTS)).toBeNull()
  })
})
