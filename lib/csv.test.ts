import fc from "fast-check"
import { describe, expect, it } from "vitest"

import {
  csvCell,
  CsvParseError,
  guardFormula,
  parseCsv,
  parseCsvRecords,
  toCsv,
  unguardFormula,
} from "./csv"

describe("parseCsv", () => {
  it("reads plain rows with CRLF, LF and lone CR line ends", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ])
  })

  it("reads quoted fields with commas, escaped quotes and line breaks", () => {
    expect(parseCsv('"a,1","say ""hi""","two\r\nlines"\r\nx,"",z\r\n')).toEqual(
      [
        ["a,1", 'say "hi"', "two\r\nlines"],
        ["x", "", "z"],
      ],
    )
  })

  it("drops a UTF-8 BOM and skips blank lines but keeps empty cells", () => {
    expect(parseCsv("\uFEFFName,Note\r\n\r\nÉlise,\r\n,\r\n")).toEqual([
      ["Name", "Note"],
      ["Élise", ""],
      ["", ""],
    ])
  })

  it("keeps a last row without a line end", () => {
    expect(parseCsv("a,b\nc,")).toEqual([
      ["a", "b"],
      ["c", ""],
    ])
  })

  it("reports an unclosed quote with its line", () => {
    expect(() => parseCsv('a,b\nc,"oops\nmore')).toThrow(CsvParseError)
    try {
      parseCsv('a,b\nc,"oops\nmore')
    } catch (e) {
      expect((e as CsvParseError).line).toBe(2)
    }
  })
})

describe("parseCsvRecords", () => {
  it("keys each row by the trimmed header, filling missing cells with blanks", () => {
    expect(parseCsvRecords(" Type ,Name\nAccountLink\n")).toEqual({
      header: ["Type", "Name"],
      records: [{ Type: "AccountLink", Name: "" }],
    })
  })
})

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
      fc.constantFrom("'=x", "=1", "-2", "@a", "'", '"', "\r\n", ","),
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const back = parseCsv(toCsv(rows)).map((r) => r.map(unguardFormula))
          expect(back).toEqual(rows)
        },
      ),
    )
  })
})
