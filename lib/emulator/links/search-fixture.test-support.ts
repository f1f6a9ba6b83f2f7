import { type Caller, ROLE, type User } from "../types"
import { driveTo } from "./drive.test-support"
import {
  accountLink,
  agencyCaller as agency,
  customerLink,
  find,
  IDS,
  otherCaller as other,
  setup,
  USERS,
} from "./fixture.test-support"

export { agency, other }
export const withRoles = (...ids: string[]): User => ({
  ...USERS.agencyAdmin,
  Id: "9100",
  roles: ids.map((CustomerId) => ({ CustomerId, RoleId: ROLE.SuperAdmin })),
})
export const A = (id: string) => `${IDS.agency}:${id}`
export const O = (id: string) => `${IDS.otherAgency}:${id}`
type Preds = Parameters<typeof find>[2]

/** agency: acc1 pending, acc2 Active, acc3 re-invited after a cancel, a customer link; other agency: acc1, acc2Other. */
export function searchScenario() {
  const ctx = setup()
  driveTo(ctx, IDS.acc2, "Active")
  driveTo(ctx, IDS.acc3, "LinkCanceled")
  const add = (caller: typeof agency, link: object) =>
    ctx.service.add(caller, { ClientLinks: [link] }, "t")
  add(agency, accountLink(IDS.acc1, { Name: "beta" }))
  add(agency, accountLink(IDS.acc3, { Name: "Alpha" }))
  add(agency, customerLink(IDS.target, { Name: "gamma" }))
  add(other, accountLink(IDS.acc1, { ManagingCustomerId: IDS.otherAgency }))
  add(
    other,
    accountLink(IDS.acc2Other, { ManagingCustomerId: IDS.otherAgency }),
  )
  /** Matching rows as manager:entity. */
  const rows = (caller: Caller, preds: Preds, extra = {}) =>
    find(ctx.service, caller, preds, extra).map(
      (l) => `${l.ManagingCustomerId}:${l.ClientEntityId}`,
    )
  return { ...ctx, rows }
}
