import { fault } from "./faults-wire"
import type { TokenStore } from "./tokens"
import type { Caller, Directory, OpResult } from "./types"

/**
 * Who is calling, from the `Authorization: Bearer …` and `DeveloperToken` headers.
 * `CustomerId` and `CustomerAccountId` are accepted and ignored (docs/emulator.md).
 * Order: DeveloperToken missing → 116; bearer token missing or unknown → 105;
 * expired → 109; developer token not accepted → 105.
 */
export function authenticate(
  request: Request,
  deps: { tokens: TokenStore; directory: Directory; developerTokens: string[] },
  trackingId: string,
): { caller: Caller } | { fault: OpResult } {
  const developerToken = request.headers.get("DeveloperToken")
  if (!developerToken)
    return {
      fault: fault("RequestMissingHeaders", trackingId, "DeveloperToken"),
    }
  const authorization = request.headers.get("Authorization") ?? ""
  const match = /^Bearer (\S+)$/.exec(authorization)
  if (!match) return { fault: fault("InvalidCredentials", trackingId) }
  const check = deps.tokens.checkAccess(match[1] ?? "")
  if (!check.ok)
    return {
      fault: fault(
        check.reason === "expired"
          ? "AuthenticationTokenExpired"
          : "InvalidCredentials",
        trackingId,
      ),
    }
  if (!deps.developerTokens.includes(developerToken))
    return { fault: fault("InvalidCredentials", trackingId) }
  const user = deps.directory.users.get(check.userId)
  if (!user) return { fault: fault("InvalidCredentials", trackingId) }
  return { caller: { user } }
}
