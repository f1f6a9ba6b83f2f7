import type { ExpectedAnswer, Step, Who } from "./expected-answers"

/** UpdateClientLinks and SearchClientLinks rows (docs/emulator-links.md, "Life cycle", "Search requests"). */
const AGENCY: Who = "admin@contoso.example"
const CLIENT: Who = "admin@northwind.example"

const write = (
  who: Who,
  account: string,
  set: Record<string, unknown>,
  manager = "$agency",
): Step & { op: "UpdateClientLinks" } => ({
  op: "UpdateClientLinks",
  who,
  update: { manager, account, set },
})
const accept = (account: string, manager = "$agency") =>
  write(CLIENT, account, { Status: "LinkAccepted" }, manager)
const wait = (seconds: number): Step => ({ op: "AdvanceClock", seconds })

type Row = Omit<ExpectedAnswer, "request" | "status" | "partialErrors">
const update = (
  row: Row,
  request: Step & { op: "UpdateClientLinks" },
  code: number | null,
): ExpectedAnswer => ({
  ...row,
  request,
  status: 200,
  partialErrors: [code === null ? null : [code]],
})
const lc = (
  writer: "agency" | "client",
  from: NonNullable<ExpectedAnswer["lifeCycle"]>["from"],
  to: NonNullable<ExpectedAnswer["lifeCycle"]>["to"],
) => ({ writer, from, to })

export const UPDATE_ANSWERS: readonly ExpectedAnswer[] = [
  update(
    {
      name: "the agency cancels a pending invitation",
      because: "life-cycle",
      lifeCycle: lc("agency", "LinkPending", "LinkCanceled"),
    },
    write(AGENCY, "$client0", { Status: "LinkCanceled" }),
    null,
  ),
  update(
    {
      name: "the client accepts",
      because: "life-cycle",
      lifeCycle: lc("client", "LinkPending", "LinkAccepted"),
    },
    accept("$client0"),
    null,
  ),
  update(
    {
      name: "the client declines",
      because: "life-cycle",
      lifeCycle: lc("client", "LinkPending", "LinkDeclined"),
    },
    write(CLIENT, "$client0", { Status: "LinkDeclined" }),
    null,
  ),
  update(
    {
      name: "the agency unlinks an Active link",
      because: "life-cycle",
      lifeCycle: lc("agency", "Active", "UnlinkRequested"),
    },
    write(AGENCY, "$client4", { Status: "UnlinkRequested" }),
    null,
  ),
  update(
    {
      name: "the agency accepts for the client",
      because: "life-cycle",
      lifeCycle: lc("agency", "LinkPending", "LinkAccepted"),
    },
    write(AGENCY, "$client0", { Status: "LinkAccepted" }),
    106,
  ),
  update(
    {
      name: "the client unlinks",
      because: "life-cycle",
      lifeCycle: lc("client", "Active", "UnlinkRequested"),
    },
    write(CLIENT, "$client4", { Status: "UnlinkRequested" }),
    106,
  ),
  update(
    {
      name: "the agency cancels an Active link",
      because: "life-cycle",
      lifeCycle: lc("agency", "Active", "LinkCanceled"),
    },
    write(AGENCY, "$client4", { Status: "LinkCanceled" }),
    3083,
  ),
  update(
    {
      name: "the client accepts a canceled (ended) link",
      because: "life-cycle",
      lifeCycle: lc("client", "LinkCanceled", "LinkAccepted"),
      given: [write(AGENCY, "$client0", { Status: "LinkCanceled" })],
    },
    accept("$client0"),
    3083,
  ),
  update(
    {
      name: "the agency cancels a link that is being linked",
      because: "life-cycle",
      lifeCycle: lc("agency", "LinkInProgress", "LinkCanceled"),
      given: [accept("$client0"), wait(61)],
    },
    write(AGENCY, "$client0", { Status: "LinkCanceled" }),
    1472,
  ),
  update(
    {
      name: "the agency unlinks a link that is being unlinked",
      because: "life-cycle",
      lifeCycle: lc("agency", "UnlinkInProgress", "UnlinkRequested"),
      given: [
        write(AGENCY, "$client4", { Status: "UnlinkRequested" }),
        wait(61),
      ],
    },
    write(AGENCY, "$client4", { Status: "UnlinkRequested" }),
    1472,
  ),
  update(
    {
      name: "the agency unlinks an account it created",
      because: "state",
      lifeCycle: lc("agency", "Active", "UnlinkRequested"),
    },
    write(AGENCY, "$created0", { Status: "UnlinkRequested" }),
    3083,
  ),
  update(
    {
      name: "the client accepts while another agency manages the account",
      because: "state",
      lifeCycle: lc("client", "LinkPending", "LinkAccepted"),
      given: [
        {
          op: "AddClientLinks",
          who: "admin@fabrikam.example",
          body: {
            ClientLinks: [
              {
                ClientEntityId: "$client1",
                ManagingCustomerId: "$other",
                IsBillToClient: true,
              },
            ],
          },
        },
        accept("$client1", "$other"),
      ],
    },
    accept("$client1"),
    1424,
  ),
  update(
    { name: "a read-only member changed", because: "state" },
    write(AGENCY, "$client0", { Status: "LinkCanceled", Name: "Renamed" }),
    3083,
  ),
  update(
    { name: "a stale Timestamp", because: "state" },
    write(AGENCY, "$client0", {
      Status: "LinkCanceled",
      Timestamp: "AAAAAAAAAAE=",
    }),
    209,
  ),
  update(
    { name: "a Viewer cancels", because: "state" },
    write("viewer@contoso.example", "$client0", { Status: "LinkCanceled" }),
    106,
  ),
]

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
