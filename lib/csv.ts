/**
 * Writing CSV (RFC 4180): CRLF after every row, quotes only where needed and, by default,
 * cells a spreadsheet would run as a formula defused. Our own code, not a library's: the
 * formula guard is the point of it, and `unguardFormula` undoes it on import. Reading is
 * in ./csv-read.
 */

export type CsvCell = string | number | boolean | null | undefined

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
  return options.bom ? `\uFEFF${body}` : body
}
