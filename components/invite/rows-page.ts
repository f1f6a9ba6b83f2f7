/** The rows table shows this many rows at once: a 1,000-row batch stays cheap to render. */
export const ROWS_PAGE_SIZE = 50
