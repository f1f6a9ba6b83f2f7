import { describe, expect, it } from "vitest"

import { CsvParseError, parseCsv, parseCsvRecords } from "./csv-read"

describe("parseCsv", () => {
  it("reads CRLF, LF and lone CR line ends, and a file that mixes them", () => {
    const rows = [
      ["a", "b"],
      ["c", "d"],
    ]
    expect(parseCsv("a,b\r\nc,d\r\n")).toEqual(rows)
    expect(parseCsv("a,b\nc,d\n")).toEqual(rows)
    expect(parseCsv("a,b\rc,d")).toEqual(rows)
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h")).toEqual([
      ...rows,
      ["e", "f"],
      ["g", "h"],
    ])
  })

  it("reads quoted fields with commas, escaped quotes and line breaks", () => {
    expect(parseCsv('"a,1","say ""hi""","two\r\nlines"\r\nx,"",z\r\n')).toEqual(
      [
        ["a,1", 'say "hi"', "two\nlines"],
        ["x", "", "z"],
      ],
    )
  })

  it("keeps a line break inside a quoted cell of a CRLF file (Excel's Alt+Enter)", () => {
    expect(parseCsv('Name,Note\r\nAcme,"first\nsecond"\r\nBeta,x\r\n')).toEqual(
      [
        ["Name", "Note"],
        ["Acme", "first\nsecond"],
        ["Beta", "x"],
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

  it("reads commas only: a semicolon is a character of the cell", () => {
    expect(parseCsv("a;b,c\n")).toEqual([["a;b", "c"]])
  })

  it("keeps a last row without a line end, and ragged rows as they are", () => {
    expect(parseCsv("a,b\nc,\nd")).toEqual([["a", "b"], ["c", ""], ["d"]])
  })

  it("reports an unclosed quote with its line", () => {
    const read = () => parseCsv('a,b\r\nc,"oops\r\nmore')
    expect(read).toThrow(CsvParseError)
    expect(read).toThrow("A quoted field opened on line 2 is never closed.")
    try {
      read()
    } catch (e) {
      expect((e as CsvParseError).line).toBe(2)
    }
  })

  it("refuses text after a closing quote instead of guessing", () => {
    expect(() => parseCsv('Name\n"Acme"x\n')).toThrow(CsvParseError)
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
