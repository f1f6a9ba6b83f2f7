import Papa from "papaparse"

/**
 * Reading CSV, on papaparse: quoted fields holding commas, quotes and line breaks, a UTF-8
 * BOM, and whatever line ends a spreadsheet wrote. Kept apart from lib/csv.ts (writing), so
 * pages that only export never load the parser.
 */

export class CsvParseError extends Error {
  constructor(
    message: string,
    /** 1-based line of the text where the problem starts. */
    readonly line: number,
  ) {
    super(message)
    this.name = "CsvParseError"
  }
}

const MESSAGES: Record<string, (line: number) => string> = {
  MissingQuotes: (line) =>
    `A quoted field opened on line ${line} is never closed.`,
  InvalidQuotes: (line) =>
    `A quoted field on line ${line} has text after its closing quote.`,
}

/**
 * Parses CSV text into rows of cells. Blank lines are skipped; a ragged row is kept as is.
 * Every line end (CRLF, LF, a lone CR, or a mix of them, as after joining two files) counts
 * as one, so a line break inside a quoted cell reads as "\n".
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/\r\n?/g, "\n")
  const { data, errors } = Papa.parse<string[]>(src, {
    delimiter: ",",
    newline: "\n",
    skipEmptyLines: true,
  })
  const error = errors[0]
  if (error) {
    const line = src.slice(0, error.index ?? 0).split("\n").length
    const message =
      MESSAGES[error.code]?.(line) ?? `${error.message} (line ${line}).`
    throw new CsvParseError(message, line)
  }
  return data
}

/** The header row and one record per data row, keyed by the trimmed header names. */
export function parseCsvRecords(text: string): {
  header: string[]
  records: Record<string, string>[]
} {
  const [first, ...rest] = parseCsv(text)
  const header = (first ?? []).map((h) => h.trim())
  const records = rest.map((cells) =>
    Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])),
  )
  return { header, records }
}
