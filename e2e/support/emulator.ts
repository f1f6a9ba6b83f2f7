/** The standalone emulator the e2e app signs in against and calls over HTTP. */
export const e2eEmulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4010)
export const e2eEmulatorURL = `http://127.0.0.1:${e2eEmulatorPort}`

/** Accounts of the emulator's seed with a known outcome (GET /_emulator/plan). */
export interface PlanAccount {
  id: string
  number: string
  ownerCustomerNumber: string
}
export interface SeedPlan {
  agencyCustomer: { id: string; number: string }
  clientCustomer: { id: string; number: string }
  freeAccounts: PlanAccount[]
  managedByOtherAgencyAccounts: PlanAccount[]
  prepaidAccounts: PlanAccount[]
}
