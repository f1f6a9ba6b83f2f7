/**
 * A small RFC 4180 CSV reader and writer. Reading accepts what spreadsheets really
 * produce (a UTF-8 BOM, CRLF, LF or lone CR line ends, quoted fields holding commas,
 * quotes and line breaks); writing emits CRLF, quotes only where needed and, by
 * default, defuses cells a spreadsheet would run as a formula.
 */

export type CsvCell = string | number | boolean | null | undefined

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

const BOM = "\uFEFF"

/** Parses CSV text into rows of cells. Blank lines are skipped; a ragged row is kept as is. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  let quoteLine = 0
  let line = 1
  // A row made of one empty, unquoted cell is a blank line, not data.
  let rowHasContent = false

  const endCell = () => {
    row.push(cell)
    cell = ""
  }
  const endRow = () => {
    endCell()
    if (rowHasContent || row.length > 1) rows.push(row)
    row = []
    rowHasContent = false
  }

  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (ch === "\n" || (ch === "\r" && src[i + 1] !== "\n")) line++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell === "") {
      quoted = true
      quoteLine = line
      rowHasContent = true
    } else if (ch === ",") {
      endCell()
      rowHasContent = true
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && src[i + 1] === "\n") i++
      endRow()
      line++
    } else {
      cell += ch
      rowHasContent = true
    }
  }
  if (quoted)
    throw new CsvParseError(
      `A quoted field opened on line ${quoteLine} is never closed.`,
      quoteLine,
    )
  if (cell !== "" || row.length > 0 || rowHasContent) endRow()
  return rows
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

/**
 * What makes Excel, Sheets or LibreOffice read a cell as a formula (OWASP CSV injection):
 * `= + - @`, their full-width and small forms (an East Asian IME types `＝`, and Excel
 * runs it), also after leading white space or line breaks, which spreadsheets skip; and a
 * cell that starts with a tab, CR or LF, which OWASP lists by itself.
 */
const FORMULA_START =
  /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/u

/** NUL ends a string for C-based readers, which would then see only part of the cell. */
const NUL = /\0/g

/**
 * Drops NUL characters and prefixes a would-be formula with `'`, which spreadsheets show
 * as plain text. A cell that already looks guarded gets a second `'`, so `unguardFormula`
 * gives back the exact text (less any NUL).
 */
export function guardFormula(value: string): string {
  const text = value.replace(NUL, "")
  return FORMULA_START.test(text) || looksGuarded(text) ? `'${text}` : text
}

/** `'` followed by a formula start, or by another guarded-looking text. */
const looksGuarded = (value: string): boolean =>
  value.startsWith("'") &&
  (FORMULA_START.test(value.slice(1)) || looksGuarded(value.slice(1)))

/** Undoes `guardFormula` for a cell read back from our own export. */
export function unguardFormula(value: string): string {
  return looksGuarded(value) ? value.slice(1) : value
}

export interface ToCsvOptions {
  /** Defuse formula-like cells (default true). Turn off only for machine-read output. */
  guardFormulas?: boolean
  /** Start with a UTF-8 BOM so Excel reads accents correctly (default false). */
  bom?: boolean
}

/** One cell as CSV text: quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvCell, guard = true): string {
  if (value === null || value === undefined) return ""
  const raw = String(value)
  const text = guard && typeof value === "string" ? guardFormula(raw) : raw
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text
}

/** Rows of cells as CSV text, CRLF after every row (RFC 4180). */
export function toCsv(rows: CsvCell[][], options: ToCsvOptions = {}): string {
  const guard = options.guardFormulas ?? true
  const body = rows
    .map((r) => r.map((c) => csvCell(c, guard)).join(","))
    .map((l) => `${l}\r\n`)
    .join("")
  return options.bom ? BOM + body : body
}
