import type { ExpectedAnswer, Step, Who } from "./expected-answers"

/** UpdateClientLinks rows (docs/emulator-links.md, "Life cycle"). */
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
