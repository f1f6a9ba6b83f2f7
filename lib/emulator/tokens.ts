import { randomBytes } from "node:crypto"

import type { Pkce } from "./pkce"
import type { Clock } from "./types"

/**
 * Authorization codes, access tokens and refresh tokens, all opaque random strings.
 * Lifetimes are judged by the emulator clock, so a test that moves the clock expires them.
 */
export const CODE_TTL_SECONDS = 600
export const REFRESH_TTL_SECONDS = 90 * 24 * 3600

export interface CodeGrant {
  userId: string
  clientId: string
  redirectUri: string
  scope: string
  pkce: Pkce | null
  expiresAt: number
}

export interface AccessGrant {
  userId: string
  expiresAt: number
}

export interface RefreshGrant {
  userId: string
  clientId: string
  scope: string
  expiresAt: number
}

export interface TokenSnapshot {
  access: [string, AccessGrant][]
  refresh: [string, RefreshGrant][]
}

export type AccessCheck =
  { ok: true; userId: string } | { ok: false; reason: "unknown" | "expired" }

export const opaqueToken = (bytes = 32) =>
  randomBytes(bytes).toString("base64url")

export class TokenStore {
  private codes = new Map<string, CodeGrant>()
  private access = new Map<string, AccessGrant>()
  private refresh = new Map<string, RefreshGrant>()

  constructor(
    private readonly clock: Clock,
    public accessTtlSeconds: number,
  ) {}

  private at = (seconds: number) => this.clock.now().getTime() + seconds * 1000

  issueCode(grant: Omit<CodeGrant, "expiresAt">): string {
    const code = opaqueToken()
    this.codes.set(code, { ...grant, expiresAt: this.at(CODE_TTL_SECONDS) })
    return code
  }

  /** A code works once: it is removed whether or not the caller's other parameters match. */
  redeemCode(code: string): CodeGrant | "unknown" | "expired" {
    const grant = this.codes.get(code)
    if (!grant) return "unknown"
    this.codes.delete(code)
    return grant.expiresAt <= this.at(0) ? "expired" : grant
  }

  issueTokens(
    userId: string,
    clientId: string,
    scope: string,
    withRefresh: boolean,
  ) {
    const accessToken = opaqueToken()
    this.access.set(accessToken, {
      userId,
      expiresAt: this.at(this.accessTtlSeconds),
    })
    let refreshToken: string | null = null
    if (withRefresh) {
      refreshToken = opaqueToken(48)
      this.refresh.set(refreshToken, {
        userId,
        clientId,
        scope,
        expiresAt: this.at(REFRESH_TTL_SECONDS),
      })
    }
    return { accessToken, refreshToken, expiresIn: this.accessTtlSeconds }
  }

  /** Rotation: the presented refresh token is spent; a second use finds nothing. */
  spendRefresh(token: string): RefreshGrant | "unknown" | "expired" {
    const grant = this.refresh.get(token)
    if (!grant) return "unknown"
    this.refresh.delete(token)
    return grant.expiresAt <= this.at(0) ? "expired" : grant
  }

  checkAccess(token: string): AccessCheck {
    const grant = this.access.get(token)
    if (!grant) return { ok: false, reason: "unknown" }
    if (grant.expiresAt <= this.at(0)) return { ok: false, reason: "expired" }
    return { ok: true, userId: grant.userId }
  }

  /** Revokes every code and token of a user; returns how many were dropped. */
  revokeUser(userId: string): number {
    let n = 0
    for (const map of [this.codes, this.access, this.refresh] as Map<
      string,
      { userId: string }
    >[])
      for (const [k, v] of map)
        if (v.userId === userId) {
          map.delete(k)
          n++
        }
    return n
  }

  /** A user's unexpired access and refresh tokens (for tests that hunt for leaks). */
  liveTokensOf(userId: string): { access: string[]; refresh: string[] } {
    const live = (map: Map<string, { userId: string; expiresAt: number }>) =>
      [...map]
        .filter(([, g]) => g.userId === userId && g.expiresAt > this.at(0))
        .map(([token]) => token)
    return { access: live(this.access), refresh: live(this.refresh) }
  }

  snapshot(): TokenSnapshot {
    return { access: [...this.access], refresh: [...this.refresh] }
  }

  restore(s: TokenSnapshot): void {
    this.access = new Map(s.access)
    this.refresh = new Map(s.refresh)
  }
}
