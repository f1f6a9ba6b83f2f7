import { EmulatorClock } from "./clock"
import { FaultInjector } from "./faults"
import type { LinkService, LinkServiceFactory } from "./link-service"
import type { EmulatorOptions } from "./options"
import { createPrng } from "./prng"
import { RateLimiter } from "./rate-limit"
import { seedDirectory } from "./seed-directory"
import { TokenStore } from "./tokens"
import type { Directory, SeedPlan, User } from "./types"

/** One API call as the request log keeps it (for tests and `GET /_emulator/requests`). */
export interface RequestLogEntry {
  operation: string
  /** Emulator time, ISO. */
  time: string
  email: string | null
  /** The CustomerId header as sent (accepted and ignored by the API). */
  customerId: string | null
  /** How many ClientLinks the body held, or null. */
  links: number | null
  /** Each link's ClientEntityId (or number): lets tests prove nothing was sent twice. */
  clientEntities?: string[]
  /** HTTP status; 0 when the connection was dropped. */
  status: number
  trackingId: string
  fault: string | null
}

export const REQUEST_LOG_MAX = 2000

/** Everything the emulator holds in memory. */
export class EmulatorState {
  readonly clock = new EmulatorClock()
  readonly tokens: TokenStore
  readonly faults: FaultInjector
  readonly limiter: RateLimiter
  readonly log: RequestLogEntry[] = []
  directory!: Directory
  plan!: SeedPlan
  links!: LinkService
  seed: number
  linkCount: number

  constructor(
    readonly options: EmulatorOptions,
    private readonly createLinks: LinkServiceFactory,
  ) {
    this.tokens = new TokenStore(this.clock, options.accessTokenTtlSeconds)
    this.faults = new FaultInjector(
      { ...options.faults },
      createPrng(options.seed ^ 0x5eed),
    )
    this.limiter = new RateLimiter(this.clock, options.rateLimitPerMinute)
    this.seed = options.seed
    this.linkCount = options.links
    this.build()
  }

  /** Directory and links from the seed; tokens survive (user ids are deterministic). */
  private build(): void {
    const { directory, plan } = seedDirectory({
      seed: this.seed,
      links: this.linkCount,
    })
    this.directory = directory
    this.plan = plan
    this.links = this.createLinks({
      directory,
      plan,
      clock: this.clock,
      options: { addRules: this.options.addRules },
    })
    this.links.seed({ seed: this.seed, links: this.linkCount })
  }

  reset(options: { seed?: number; links?: number } = {}): void {
    this.seed = options.seed ?? this.options.seed
    this.linkCount = options.links ?? this.options.links
    this.clock.reset()
    this.faults.clear()
    this.limiter.clear()
    this.log.length = 0
    this.build()
  }

  userByEmail(email: string): User | undefined {
    const needle = email.trim().toLowerCase()
    for (const u of this.directory.users.values())
      if (u.Email.toLowerCase() === needle) return u
    return undefined
  }

  record(entry: RequestLogEntry): void {
    this.log.push(entry)
    if (this.log.length > REQUEST_LOG_MAX)
      this.log.splice(0, this.log.length - REQUEST_LOG_MAX)
  }
}
