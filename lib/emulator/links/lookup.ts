import type { Account, Customer, Directory } from "../types"

/**
 * Number → entity maps over the directory, rebuilt when a number is missing or points
 * at an entity the directory no longer has (the directory may grow while we run).
 */
export class NumberLookup {
  private accounts = new Map<string, Account>()
  private customers = new Map<string, Customer>()

  constructor(private readonly directory: Directory) {}

  account(number: string): Account | undefined {
    let hit = this.accounts.get(number)
    if (!hit || this.directory.accounts.get(hit.Id) !== hit) {
      this.accounts = new Map(
        [...this.directory.accounts.values()].map((a) => [a.Number, a]),
      )
      hit = this.accounts.get(number)
    }
    return hit
  }

  customer(number: string): Customer | undefined {
    let hit = this.customers.get(number)
    if (!hit || this.directory.customers.get(hit.Id) !== hit) {
      this.customers = new Map(
        [...this.directory.customers.values()].map((c) => [c.Number, c]),
      )
      hit = this.customers.get(number)
    }
    return hit
  }
}
