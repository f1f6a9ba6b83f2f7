import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { csvCell, guardFormula, toCsv, unguardFormula } from "./csv"
import { parseCsv } from "./csv-read"

/** What reading gives back for a cell: every line end is read as "\n". */
const asRead = (cell: string) => cell.replace(/\r\n?/g, "\n")

describe("toCsv", () => {
  it("quotes only where needed and ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", "b,c", 'q"d', "x\ny"],
        [1, true, null, undefined],
      ]),
    ).toBe('a,"b,c","q""d","x\ny"\r\n1,true,,\r\n')
  })

  it("guards cells a spreadsheet would run as formulas", () => {
    for (const start of ["=", "+", "-", "@"])
      expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`)
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell("safe")).toBe("safe")
    expect(csvCell(-5)).toBe("-5")
    expect(toCsv([["=1"]], { guardFormulas: false })).toBe("=1\r\n")
  })

  it("guards full-width and small-form formula starts", () => {
    for (const start of ["＝", "＋", "－", "＠", "﹦", "﹢", "﹣", "﹫"])
      expect(guardFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`)
  })

  it("guards a formula start behind leading white space or line breaks", () => {
    for (const lead of [
      " ",
      "  ",
      "\n",
      "\r\n",
      "\t",
      "\r",
      "\u00A0",
      "\u3000",
      " \n ",
    ])
      expect(guardFormula(`${lead}=1+1`)).toBe(`'${lead}=1+1`)
    expect(guardFormula(" ＝1")).toBe("' ＝1")
    // A cell that merely starts with a space is text, not a formula.
    expect(guardFormula("  hello")).toBe("  hello")
    expect(guardFormula("a = b")).toBe("a = b")
  })

  it("guards a cell that starts with a tab, CR or LF by itself", () => {
    for (const lead of ["\t", "\r", "\n"])
      expect(guardFormula(`${lead}x`)).toBe(`'${lead}x`)
  })

  it("drops NUL, so no reader sees the cell cut short or a hidden formula", () => {
    expect(guardFormula("a\0b")).toBe("ab")
    expect(guardFormula("\0=1")).toBe("'=1")
    expect(guardFormula("\0 \0@x")).toBe("' @x")
    expect(toCsv([["x\0y", "\0"]])).toBe("xy,\r\n")
  })

  it("never lets a formula start reach the first cell character (property)", () => {
    const lead = fc.array(
      fc.constantFrom(" ", "\t", "\r", "\n", "\0", "\u3000"),
      {
        maxLength: 4,
      },
    )
    const start = fc.constantFrom("=", "+", "-", "@", "＝", "＋", "－", "＠")
    fc.assert(
      fc.property(lead, start, fc.string({ maxLength: 10 }), (l, s, rest) => {
        const value = `${l.join("")}${s}${rest}`
        const [[cell]] = parseCsv(toCsv([[value]])) as [[string]]
        expect(cell.startsWith("'")).toBe(true)
        expect(cell).not.toContain("\0")
        expect(unguardFormula(cell)).toBe(asRead(value.replace(/\0/g, "")))
      }),
    )
  })

  it("can start with a BOM for Excel", () => {
    expect(toCsv([["é"]], { bom: true })).toBe("\uFEFFé\r\n")
  })

  it("unguards what it guarded, and nothing else", () => {
    expect(unguardFormula(guardFormula("+1 425 555 0100"))).toBe(
      "+1 425 555 0100",
    )
    expect(unguardFormula("'quoted")).toBe("'quoted")
    expect(unguardFormula(guardFormula("'=x"))).toBe("'=x")
  })

  it("round-trips any table of strings", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom(
        "'=x",
        "=1",
        "-2",
        "@a",
        "'",
        '"',
        "\r\n",
        ",",
        "＝1",
        " =1",
        "\n@a",
        "a\0b",
      ),
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const back = parseCsv(toCsv(rows)).map((r) => r.map(unguardFormula))
          expect(back).toEqual(
            rows.map((r) => r.map((c) => asRead(c.replace(/\0/g, "")))),
          )
        },
      ),
    )
  })
})
