/**
 * The SearchClientLinks limits our requests must keep to (docs/emulator-links.md, "Search
 * requests"): a page holds at most 100 links, an In predicate at most 10 ids.
 * lib/link-rules/expected-answers.test.ts holds them against the service's answers.
 */
export const SEARCH_PAGE_SIZE_MAX = 100
export const IN_VALUES_MAX = 10
