import { createHash, randomBytes } from "node:crypto";
import type { TokenExpiryChoice } from "./schema";

/**
 * Personal API tokens, pure: generation, hashing, format and state. The token is shown once; only its
 * SHA-256 hash is stored (a 256-bit random secret needs no slow hash: it cannot be guessed from the hash).
 */

export const API_TOKEN_PREFIX = "pt_";
const TOKEN_BYTES = 32;
/** "pt_" + 32 bytes in base64url (43 characters, no padding). */
const TOKEN_PATTERN = /^pt_[A-Za-z0-9_-]{43}$/;
/** Characters kept in clear so the owner can tell tokens apart: "pt_" + 8. */
export const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;
/** lastUsedAt is written at most this often per token, so busy clients do not write on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export interface GeneratedApiToken {
  /** The secret, for the owner's eyes only, once. */
  token: string;
  tokenHash: string;
  prefix: string;
}

export function generateApiToken(random: (size: number) => Buffer = randomBytes): GeneratedApiToken {
  const token = API_TOKEN_PREFIX + random(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** SHA-256, lower-case hex: what `ApiToken.tokenHash` holds. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The token of an `Authorization: Bearer <token>` header, or null when the header is anything else. */
export function bearerToken(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization);
  return match?.[1] ?? null;
}

export type ApiTokenStatus = "active" | "revoked" | "expired";

export function apiTokenStatus(
  token: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date = new Date(),
): ApiTokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export type TokenRefusal = "malformed" | "unknown" | "revoked" | "expired" | "locked";

/** Why a stored token (with its owner's lock) may not authenticate now, or null when it may. */
export function tokenRefusal(
  stored: { revokedAt: Date | null; expiresAt: Date | null; ownerLockedAt: Date | null } | null,
  now: Date = new Date(),
): TokenRefusal | null {
  if (!stored) return "unknown";
  const status = apiTokenStatus(stored, now);
  if (status !== "active") return status;
  if (stored.ownerLockedAt) return "locked";
  return null;
}

export function shouldRecordUse(lastUsedAt: Date | null, now: Date = new Date()): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

export function expiresAtFor(choice: TokenExpiryChoice, now: Date = new Date()): Date | null {
  if (choice === "never") return null;
  return new Date(now.getTime() + Number(choice) * 24 * 3600 * 1000);
}
