import type { LinkService, LinkServiceDeps } from "../link-service"
import { addLinks } from "./add"
import type { LinkContext } from "./context"
import { TransitionQueue } from "./lifecycle"
import { NumberLookup } from "./lookup"
import { searchLinks } from "./search"
import { SearchCache } from "./search-order"
import { seedLinks } from "./seed"
import { restoreSnapshot, takeSnapshot } from "./snapshot"
import { LinkStore } from "./store"
import { updateLinks } from "./update"

/** The client-link operations behind the contract in ../link-service.ts. */
export function createLinkService(deps: LinkServiceDeps): LinkService {
  const store = new LinkStore(deps.directory)
  const ctx: LinkContext = {
    directory: deps.directory,
    clock: deps.clock,
    store,
    queue: new TransitionQueue(store),
    cache: new SearchCache(deps.directory, store),
    addRules: deps.options.addRules,
    numbers: new NumberLookup(deps.directory),
  }
  const tick = () => ctx.queue.runDue(deps.clock.now().getTime())
  return {
    add(caller, body, trackingId) {
      tick()
      return addLinks(ctx, caller, body, trackingId)
    },
    update(caller, body, trackingId) {
      tick()
      return updateLinks(ctx, caller, body, trackingId)
    },
    search(caller, body, trackingId) {
      tick()
      return searchLinks(ctx, caller, body, trackingId)
    },
    seed(options) {
      store.clear()
      ctx.queue.clear()
      seedLinks(ctx, deps.plan, options)
    },
    tick,
    snapshot: () => takeSnapshot(store),
    restore: (snapshot) => restoreSnapshot(store, ctx.queue, snapshot),
    count: () => store.records.length,
  }
}
