import type { Clock, Directory } from "../types"
import type { AddRules } from "./add-rules"
import type { TransitionQueue } from "./lifecycle"
import type { SearchCache } from "./search-order"
import type { NumberLookup } from "./lookup"
import type { LinkStore } from "./store"

/** What every operation of the link service works on. */
export interface LinkContext {
  directory: Directory
  clock: Clock
  store: LinkStore
  queue: TransitionQueue
  cache: SearchCache
  addRules: AddRules
  numbers: NumberLookup
}
