import { describe, expect, it } from "vitest"

import { checkRows } from "./form-schema"
import { rowsFromCsv } from "./csv-import"
import { CSV_COLUMNS, rowsToCsv, templateCsv } from "./csv-rows"
import { accountRow, DEFAULTS } from "./rows.test-support"

describe("rowsFromCsv", () => {
  it("reads API member columns in any case and order, ignoring others", () => {
    const { rows, ignoredColumns } = rowsFromCsv(
      "name,clientEntityId,IsBillToClient,Colour\r\nSpring,123,Yes,red\r\n",
      DEFAULTS,
    )
    expect(ignoredColumns).toEqual(["Colour"])
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      Type: "AccountLink",
      Name: "Spring",
      ClientEntityId: "123",
      IsBillToClient: "true",
      ManagingCustomerId: "900",
      InviterEmail: "ada@agency.example",
    })
  })

  it("lets a file's manager replace the default one, id or number", () => {
    const { rows } = rowsFromCsv(
      "ClientEntityId,ManagingCustomerNumber,IsBillToClient\n1,M-9,false\n2,,false\n",
      DEFAULTS,
    )
    expect(rows[0]).toMatchObject({
      ManagingCustomerId: "",
      ManagingCustomerNumber: "M-9",
    })
    expect(rows[1]).toMatchObject({
      ManagingCustomerId: "900",
      ManagingCustomerNumber: "",
    })
  })

  it("keeps dates as dates and leaves bad values for the rules to refuse", () => {
    const { rows } = rowsFromCsv(
      "ClientEntityId,StartDate,IsBillToClient,SuppressNotification\n1,2030-05-01T00:00:00Z,maybe,TRUE\n",
      DEFAULTS,
    )
    expect(rows[0]).toMatchObject({
      StartDate: "2030-05-01",
      IsBillToClient: "maybe",
      SuppressNotification: true,
    })
    expect(checkRows(rows).issues.map((i) => i.field)).toEqual([
      "IsBillToClient",
    ])
  })

  it("reads back what rowsToCsv wrote, outcome columns and formula guards included", () => {
    const rows = [
      accountRow({ Name: "=SUM(A1)", Note: 'Line 1\nsaid "hi", then left' }),
      accountRow({
        Type: "CustomerLink",
        ClientEntityId: "",
        ClientEntityNumber: "C1",
        IsBillToClient: "",
        CustomerLinkPermission: "Standard",
        SuppressNotification: true,
      }),
    ]
    const csv = rowsToCsv(rows, () => ["1424", "Another agency", "t-1"])
    expect(csv.split("\r\n")[0]).toBe(
      [...CSV_COLUMNS, "ErrorCode", "ErrorMessage", "TrackingId"].join(","),
    )
    expect(csv).toContain("'=SUM(A1)")
    const back = rowsFromCsv(csv, DEFAULTS)
    expect(back.ignoredColumns).toEqual([])
    expect(back.rows.map(({ key: _k, ...r }) => r)).toEqual(
      rows.map(({ key: _k, ...r }) => r),
    )
  })

  it("offers a template whose example rows pass the rules", () => {
    const { rows } = rowsFromCsv(templateCsv(), DEFAULTS)
    expect(rows).toHaveLength(2)
    expect(checkRows(rows).issues).toEqual([])
  })
})
