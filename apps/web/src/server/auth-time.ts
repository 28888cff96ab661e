import type { JWT } from "next-auth/jwt";

/**
 * Stamps the token with when the password was proved, in milliseconds. Not `iat`: Auth.js stamps a fresh
 * `iat` every time it re-encodes the cookie (a session refresh), which would let a session from before a
 * password change or a lock pass the sessionsValidFrom check once refreshed. Not seconds: a session signed
 * in earlier in the same second as a password change passed a check to the second.
 */
export function stampAuthTime(token: JWT, now = Date.now()): void {
  token.authTimeMs = now;
}

/**
 * When the session's password was proved, in milliseconds. Tokens signed before milliseconds were stamped
 * carry seconds (`authTime`, else `iat`): they count from the start of their second, so one from the second
 * of a password change is refused (its owner signs in again) rather than one from before it let through.
 */
export function authTimeMsOf(token: JWT): number | undefined {
  if (typeof token.authTimeMs === "number") return token.authTimeMs;
  const seconds = typeof token.authTime === "number" ? token.authTime : token.iat;
  return typeof seconds === "number" ? seconds * 1000 : undefined;
}

/**
 * A session proved at `authTimeMs` still stands unless the user's sessions were ended after it. Equal is
 * valid: the session re-issued to the browser that changed the password is stamped after that change
 * (sessionsValidFrom is taken before the change is written, the new token after it), never before.
 */
export function sessionStillValid(authTimeMs: number, sessionsValidFrom: Date): boolean {
  return authTimeMs >= sessionsValidFrom.getTime();
}
