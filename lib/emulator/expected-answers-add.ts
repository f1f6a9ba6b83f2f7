import type { ExpectedAnswer, Step, Who } from "./expected-answers"

/** AddClientLinks rows (docs/emulator-links.md, "Field rules of AddClientLinks", "Channels and codes"). */
const AGENCY: Who = "admin@contoso.example"

const account = (id: string, extra: Record<string, unknown> = {}) => ({
  ClientEntityId: id,
  ManagingCustomerId: "$agency",
  IsBillToClient: true,
  ...extra,
})
const add = (links: unknown[], who: Who = AGENCY) =>
  ({ op: "AddClientLinks", who, body: { ClientLinks: links } }) as const

const one = (
  name: string,
  because: ExpectedAnswer["because"],
  link: Record<string, unknown>,
  codes: number[] | null,
  extra: Partial<ExpectedAnswer> = {},
): ExpectedAnswer => ({
  name,
  because,
  request: add([link], extra.request?.who ?? AGENCY),
  status: 200,
  partialErrors: [codes],
  ...extra,
})

const inviteBy = (who: Who, manager: string, id: string): Step =>
  add([account(id, { ManagingCustomerId: manager })], who)

export const ADD_ANSWERS: readonly ExpectedAnswer[] = [
  one("an account link by id", "fields", account("$free0"), null),
  one(
    "an account link by number, with the owner's number",
    "fields",
    {
      ClientEntityNumber: "$free0.number",
      ClientEntityCustomerNumber: "$free0.owner",
      ManagingCustomerNumber: "$agency.number",
      IsBillToClient: false,
    },
    null,
  ),
  one(
    "an account named by id and number",
    "fields",
    account("$free0", { ClientEntityNumber: "$free0.number" }),
    [1480],
  ),
  one(
    "an account named by neither",
    "fields",
    { ManagingCustomerId: "$agency", IsBillToClient: true },
    [1480],
  ),
  one(
    "the manager named by id and number",
    "fields",
    account("$free0", { ManagingCustomerNumber: "$agency.number" }),
    [1480],
  ),
  one(
    "an account link without IsBillToClient",
    "fields",
    account("$free0", { IsBillToClient: null }),
    [1480],
  ),
  one(
    "a Status on a new link",
    "fields",
    account("$free0", { Status: "LinkPending" }),
    [1480],
  ),
  one(
    "a Name of 41 characters",
    "fields",
    account("$free0", { Name: "n".repeat(41) }),
    [211],
  ),
  one(
    "a Name of 40 characters",
    "fields",
    account("$free0", { Name: "n".repeat(40) }),
    null,
  ),
  one(
    "an inviter email that is not one",
    "fields",
    account("$free0", { InviterEmail: "not-an-email" }),
    [1480],
  ),
  one(
    "a customer-link permission on an account link",
    "fields",
    account("$free0", { CustomerLinkPermission: "Standard" }),
    [1480],
  ),
  one(
    "a customer link by number",
    "fields",
    {
      Type: "CustomerLink",
      ClientEntityNumber: "$other.number",
      ManagingCustomerId: "$agency",
      CustomerLinkPermission: "Standard",
    },
    null,
  ),
  one(
    "a customer link without the customer's number (May 2026)",
    "fields",
    {
      Type: "CustomerLink",
      ClientEntityId: "$other",
      ManagingCustomerId: "$agency",
    },
    [1480],
  ),
  one(
    "a customer link whose id and number disagree (May 2026)",
    "state",
    {
      Type: "CustomerLink",
      ClientEntityId: "$small0",
      ClientEntityNumber: "$other.number",
      ManagingCustomerId: "$agency",
    },
    [1481],
  ),
  one(
    "an owner's number that is not the account owner's (May 2026)",
    "state",
    account("$free0", { ClientEntityCustomerNumber: "$client.number" }),
    [1481],
  ),
  one(
    "an account link without the owner's number, once it is required (May 2026)",
    "fields",
    account("$free0"),
    [1480],
    { settings: { requireClientEntityCustomerNumber: true } },
  ),
  one("a prepaid account", "state", account("$prepaid0"), [1471]),
  one(
    "an account another agency manages",
    "state",
    account("$managed0"),
    [1424],
  ),
  one("an account already invited", "state", account("$client0"), [1410]),
  one(
    "an account with pending invitations from 5 other managers",
    "state",
    account("$free0"),
    [1484],
    {
      given: [
        inviteBy("admin@fabrikam.example", "$other", "$free0"),
        inviteBy("admin@adatum.example", "$small0", "$free0"),
        inviteBy("admin@litware.example", "$small1", "$free0"),
        inviteBy("admin@proseware.example", "$small2", "$free0"),
        inviteBy("admin@tailspin.example", "$small3", "$free0"),
      ],
    },
  ),
  one(
    "an account with pending invitations from 4 other managers",
    "state",
    account("$free0"),
    null,
    {
      given: [
        inviteBy("admin@fabrikam.example", "$other", "$free0"),
        inviteBy("admin@adatum.example", "$small0", "$free0"),
        inviteBy("admin@litware.example", "$small1", "$free0"),
        inviteBy("admin@proseware.example", "$small2", "$free0"),
      ],
    },
  ),
  one(
    "an account that is being linked to another agency",
    "state",
    account("$client0", { ManagingCustomerId: "$small0" }),
    [1472],
    {
      request: add(
        [account("$client0", { ManagingCustomerId: "$small0" })],
        "admin@adatum.example",
      ),
      given: [
        {
          op: "UpdateClientLinks",
          who: "admin@northwind.example",
          update: {
            manager: "$agency",
            account: "$client0",
            set: { Status: "LinkAccepted" },
          },
        },
        { op: "AdvanceClock", seconds: 61 },
      ],
    },
  ),
  {
    name: "a customer link by a Standard user",
    because: "state",
    request: add(
      [
        {
          Type: "CustomerLink",
          ClientEntityNumber: "$other.number",
          ManagingCustomerId: "$agency",
        },
      ],
      "standard@contoso.example",
    ),
    status: 200,
    partialErrors: [[106]],
  },
  {
    name: "an account link by a Viewer",
    because: "state",
    request: add([account("$free0")], "viewer@contoso.example"),
    status: 200,
    partialErrors: [[106]],
  },
  {
    name: "two links, one bad: partial success in request order",
    because: "fields",
    request: add([account("$free0", { Status: "Active" }), account("$free1")]),
    status: 200,
    partialErrors: [[1480], null],
  },
  {
    name: "11 links in one call",
    because: "request",
    request: add(Array.from({ length: 11 }, (_, i) => account(`$free${i}`))),
    status: 400,
    faultCodes: [3024],
  },
  {
    name: "an empty list",
    because: "request",
    request: add([]),
    status: 400,
    faultCodes: [3087],
  },
]
