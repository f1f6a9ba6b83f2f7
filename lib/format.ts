/**
 * How the UI writes counts, numbers and dates: one place, on Intl, in English (the UI's
 * only language). Times stay UTC ISO strings on the wire; they are shown here in the
 * browser's time zone. Safe on the server and in the browser.
 */

const LOCALE = "en"

const plurals = new Intl.PluralRules(LOCALE)
const numbers = new Intl.NumberFormat(LOCALE)
const date = new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium" })
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  month: "short",
  day: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/** 1234 → "1,234". */
export const formatNumber = (n: number): string => numbers.format(n)

/**
 * The form for `n` things, as the plural rule picks it: `one` or `other`. For words that
 * agree with a count shown elsewhere ("is"/"are", "it"/"they", "this account"/"these accounts").
 */
export const forCount = <T>(n: number, one: T, other: T): T =>
  plurals.select(n) === "one" ? one : other

/** A count and its noun: "1 row", "250 rows", "1,200 rows"; `other` when not just + "s". */
export const plural = (n: number, one: string, other = `${one}s`): string =>
  `${formatNumber(n)} ${forCount(n, one, other)}`

/** An ISO date or date-time as "Dec 4, 2026"; "—" when there is none. */
export const formatDate = (iso: string | null): string =>
  iso ? date.format(new Date(iso)) : "—"

/** An ISO date-time as "Dec 4, 2026, 14:05"; "—" when there is none. */
export const formatDateTime = (iso: string | null): string =>
  iso ? dateTime.format(new Date(iso)) : "—"
