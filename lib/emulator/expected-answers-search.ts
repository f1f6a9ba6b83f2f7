import type { ExpectedAnswer, Who } from "./expected-answers"

/** SearchClientLinks rows (docs/emulator-links.md, "Search requests"). */
const AGENCY: Who = "admin@contoso.example"

const search = (body: Record<string, unknown>, who: Who = AGENCY) =>
  ({ op: "SearchClientLinks", who, body }) as const
const byManager = [
  { Field: "DirectManagingCustomerId", Operator: "Equals", Value: "$agency" },
]
const page = (Size: number, Index = 0) => ({
  Predicates: byManager,
  PageInfo: { Index, Size },
})
const inList = (n: number) => ({
  Predicates: [
    {
      Field: "ClientAccountId",
      Operator: "In",
      Value: Array.from({ length: n }, (_, i) => `$free${i}`).join(","),
    },
  ],
  PageInfo: { Index: 0, Size: 100 },
})
const refused = (
  name: string,
  body: Record<string, unknown>,
  code: number,
  extra: Partial<ExpectedAnswer> = {},
): ExpectedAnswer => ({
  name,
  because: "request",
  request: search(body),
  status: 400,
  faultCodes: [code],
  ...extra,
})

export const SEARCH_ANSWERS: readonly ExpectedAnswer[] = [
  {
    name: "a page of 100",
    because: "request",
    request: search(page(100)),
    status: 200,
    limit: { pageSize: 100 },
  },
  refused("a page of 101", page(101), 3080, { limit: { pageSize: 101 } }),
  refused("a page of 0", page(0), 3080),
  refused("a page index below 0", page(10, -1), 3080),
  refused("no PageInfo", { Predicates: byManager }, 3080),
  refused(
    "no predicates",
    { Predicates: [], PageInfo: { Index: 0, Size: 10 } },
    3079,
  ),
  {
    name: "In with 10 ids",
    because: "request",
    request: search(inList(10)),
    status: 200,
    limit: { inValues: 10 },
  },
  refused("In with 11 ids", inList(11), 3030, { limit: { inValues: 11 } }),
  refused(
    "a status predicate (there is none)",
    {
      Predicates: [{ Field: "Status", Operator: "Equals", Value: "Active" }],
      PageInfo: { Index: 0, Size: 10 },
    },
    3030,
  ),
  refused(
    "ClientAccountId with ClientCustomerId",
    {
      Predicates: [
        { Field: "ClientAccountId", Operator: "Equals", Value: "$free0" },
        { Field: "ClientCustomerId", Operator: "Equals", Value: "$other" },
      ],
      PageInfo: { Index: 0, Size: 10 },
    },
    3030,
  ),
  refused(
    "In on DirectManagingCustomerId",
    {
      Predicates: [
        { Field: "DirectManagingCustomerId", Operator: "In", Value: "$agency" },
      ],
      PageInfo: { Index: 0, Size: 10 },
    },
    3030,
  ),
]
