import { ROLE, type RoleId } from "./types"

/**
 * The people you can sign in as. Each persona is one user of the seeded directory; the
 * picker and `GET /_emulator/personas` show the description.
 */
export type CustomerKey = "agency" | "secondAgency" | "otherAgency" | "client"

export interface PersonaSpec {
  email: string
  firstName: string
  lastName: string
  phone: string
  description: string
  /** The customer the user signed up under. */
  home: CustomerKey
  roles: { customer: CustomerKey; roleId: RoleId }[]
}

export const CUSTOMER_NAMES: Record<CustomerKey, string> = {
  agency: "Contoso Media",
  secondAgency: "Contoso Media Labs",
  otherAgency: "Fabrikam Agency",
  client: "Northwind Traders",
}

export const ROLE_NAMES: Record<RoleId, string> = {
  [ROLE.SuperAdmin]: "Super Admin",
  [ROLE.Standard]: "Standard",
  [ROLE.Viewer]: "Viewer",
  [ROLE.AdvertiserCampaignManager]: "Advertiser Campaign Manager",
}

export const PERSONAS: readonly PersonaSpec[] = [
  {
    email: "admin@contoso.example",
    firstName: "Adele",
    lastName: "Vance",
    phone: "+1 425 555 0101",
    description:
      "Agency Super Admin: may invite, cancel and unlink account and customer links; also Super Admin of Contoso Media Labs (customer switcher).",
    home: "agency",
    roles: [
      { customer: "agency", roleId: ROLE.SuperAdmin },
      { customer: "secondAgency", roleId: ROLE.SuperAdmin },
    ],
  },
  {
    email: "standard@contoso.example",
    firstName: "Lee",
    lastName: "Gu",
    phone: "+1 425 555 0102",
    description:
      "Agency Standard user: may invite and manage account links, not customer links.",
    home: "agency",
    roles: [{ customer: "agency", roleId: ROLE.Standard }],
  },
  {
    email: "viewer@contoso.example",
    firstName: "Megan",
    lastName: "Bowen",
    phone: "+1 425 555 0103",
    description: "Agency Viewer: may search links, never write.",
    home: "agency",
    roles: [{ customer: "agency", roleId: ROLE.Viewer }],
  },
  {
    email: "campaigns@contoso.example",
    firstName: "Alex",
    lastName: "Wilber",
    phone: "+1 425 555 0104",
    description:
      "Agency Advertiser Campaign Manager: may search links, never write.",
    home: "agency",
    roles: [{ customer: "agency", roleId: ROLE.AdvertiserCampaignManager }],
  },
  {
    email: "admin@fabrikam.example",
    firstName: "Isaiah",
    lastName: "Langer",
    phone: "+1 206 555 0201",
    description:
      "Super Admin of the other agency, Fabrikam Agency, which already manages 120 client accounts.",
    home: "otherAgency",
    roles: [{ customer: "otherAgency", roleId: ROLE.SuperAdmin }],
  },
  {
    email: "admin@northwind.example",
    firstName: "Nestor",
    lastName: "Wilke",
    phone: "+1 312 555 0301",
    description:
      "Client Super Admin of Northwind Traders: accepts or declines the agency's invitations.",
    home: "client",
    roles: [{ customer: "client", roleId: ROLE.SuperAdmin }],
  },
  {
    email: "viewer@northwind.example",
    firstName: "Diego",
    lastName: "Siciliani",
    phone: "+1 312 555 0302",
    description: "Client Viewer of Northwind Traders: may look, never answer.",
    home: "client",
    roles: [{ customer: "client", roleId: ROLE.Viewer }],
  },
]
