/**
 * Customer Management role ids (CustomerRole.RoleId) and what our dashboard lets each do.
 * The emulator keeps its own copy of the documented ids: it does not import our rules.
 */
export const ROLE = {
  SuperAdmin: 41,
  AdvertiserCampaignManager: 16,
  Viewer: 100,
  Standard: 203,
} as const
export type RoleId = (typeof ROLE)[keyof typeof ROLE]

export type Role =
  "SuperAdmin" | "Standard" | "Viewer" | "AdvertiserCampaignManager" | "Unknown"

export function roleName(roleId: number | null | undefined): Role {
  switch (roleId) {
    case ROLE.SuperAdmin:
      return "SuperAdmin"
    case ROLE.Standard:
      return "Standard"
    case ROLE.Viewer:
      return "Viewer"
    case ROLE.AdvertiserCampaignManager:
      return "AdvertiserCampaignManager"
    default:
      return "Unknown"
  }
}

export interface Permissions {
  inviteAccountLinks: boolean
  inviteCustomerLinks: boolean
  respond: boolean
  cancelOrUnlink: boolean
}

/**
 * Spec §6: account links may be written by Super Admin and Standard, customer links by
 * Super Admin only; Viewer and Advertiser Campaign Manager are read-only. Who may accept
 * or decline as a client is UNCONFIRMED; our documented choice: Super Admin or Standard.
 * An unknown role gets nothing (fail closed).
 */
export function permissionsFor(role: Role): Permissions {
  const writer = role === "SuperAdmin" || role === "Standard"
  return {
    inviteAccountLinks: writer,
    inviteCustomerLinks: role === "SuperAdmin",
    respond: writer,
    cancelOrUnlink: writer,
  }
}

export const isReadOnly = (role: Role): boolean =>
  !permissionsFor(role).inviteAccountLinks
