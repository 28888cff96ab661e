import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema";
import {
  apiTokenStatus,
  bearerToken,
  expiresAtFor,
  generateApiToken,
  hashApiToken,
  isWellFormedApiToken,
  shouldRecordUse,
  tokenRefusal,
} from "./token";

const NOW = new Date("2026-12-01T03:00:00Z");
const minutes = (n: number) => n * 60_000;

describe("generateApiToken", () => {
  it("makes pt_ + 32 random bytes in base64url, with its SHA-256 hash and a short prefix", () => {
    const { token, tokenHash, prefix } = generateApiToken();
    expect(token).toMatch(/^pt_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(3), "base64url")).toHaveLength(32);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(prefix).toBe(token.slice(0, 11));
    expect(token.startsWith(prefix)).toBe(true);
    expect(tokenHash).not.toContain(token.slice(3));
  });

  it("never repeats itself", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateApiToken().token));
    expect(tokens.size).toBe(200);
  });

  it("draws its bytes from the given source", () => {
    const { token } = generateApiToken((size) => Buffer.alloc(size, 0xff));
    expect(token).toBe(`pt_${"_".repeat(42)}8`);
  });
});

describe("hashApiToken and isWellFormedApiToken", () => {
  it("hashes deterministically and distinguishes one character", () => {
    const { token } = generateApiToken();
    const other = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(hashApiToken(token)).toBe(hashApiToken(token));
    expect(hashApiToken(other)).not.toBe(hashApiToken(token));
  });

  it("accepts only the issued format", () => {
    expect(isWellFormedApiToken(generateApiToken().token)).toBe(true);
    for (const bad of [
      "",
      "pt_",
      "pt_short",
      `xx_${"a".repeat(43)}`,
      `pt_${"a".repeat(42)}=`,
      `pt_${"a".repeat(44)}`,
      ` pt_${"a".repeat(43)}`,
    ]) {
      expect(isWellFormedApiToken(bad), bad).toBe(false);
    }
  });
});

describe("bearerToken", () => {
  it("reads the Bearer scheme, case-insensitively", () => {
    expect(bearerToken("Bearer pt_abc")).toBe("pt_abc");
    expect(bearerToken("bearer   pt_abc ")).toBe("pt_abc");
  });

  it("refuses other schemes and shapes", () => {
    for (const header of [
      null,
      undefined,
      "",
      "Bearer",
      "Bearer ",
      "Basic dXNlcjpwYXNz",
      "Bearer a b",
      "Token pt_abc",
    ]) {
      expect(bearerToken(header), String(header)).toBeNull();
    }
  });
});

describe("token state", () => {
  it("is revoked before expired before active", () => {
    expect(apiTokenStatus({ revokedAt: null, expiresAt: null }, NOW)).toBe("active");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: new Date(NOW.getTime() + 1) }, NOW)).toBe("active");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: NOW }, NOW)).toBe("expired");
    expect(apiTokenStatus({ revokedAt: NOW, expiresAt: new Date(0) }, NOW)).toBe("revoked");
  });

  it("refuses unknown, revoked, expired tokens and locked owners", () => {
    const ok = { revokedAt: null, expiresAt: null, ownerLockedAt: null };
    expect(tokenRefusal(ok, NOW)).toBeNull();
    expect(tokenRefusal(null, NOW)).toBe("unknown");
    expect(tokenRefusal({ ...ok, revokedAt: NOW }, NOW)).toBe("revoked");
    expect(tokenRefusal({ ...ok, expiresAt: new Date(NOW.getTime() - 1) }, NOW)).toBe("expired");
    expect(tokenRefusal({ ...ok, ownerLockedAt: new Date(0) }, NOW)).toBe("locked");
  });

  it("records use at most once a minute", () => {
    expect(shouldRecordUse(null, NOW)).toBe(true);
    expect(shouldRecordUse(new Date(NOW.getTime() - minutes(1) + 1), NOW)).toBe(false);
    expect(shouldRecordUse(new Date(NOW.getTime() - minutes(1)), NOW)).toBe(true);
  });

  it("expires after the chosen number of days, or never", () => {
    expect(expiresAtFor("30", NOW)?.toISOString()).toBe("2026-12-31T03:00:00.000Z");
    expect(expiresAtFor("90", NOW)?.toISOString()).toBe("2027-03-01T03:00:00.000Z");
    expect(expiresAtFor("365", NOW)?.toISOString()).toBe("2027-12-01T03:00:00.000Z");
    expect(expiresAtFor("never", NOW)).toBeNull();
  });
});

describe("createApiTokenSchema", () => {
  it("trims and normalizes the name and keeps Vietnamese", () => {
    const parsed = createApiTokenSchema.parse({ name: "  Báo cáo   Excel\tphòng  ", expiresIn: "90" });
    expect(parsed).toEqual({ name: "Báo cáo Excel phòng", expiresIn: "90" });
    const decomposed = "Đồng bộ".normalize("NFD");
    expect(createApiTokenSchema.parse({ name: decomposed, expiresIn: "never" }).name).toBe(
      "Đồng bộ".normalize("NFC"),
    );
  });

  it("answers with message keys", () => {
    const issues = (input: unknown) =>
      createApiTokenSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues({ name: "   ", expiresIn: "30" })).toEqual(["nameRequired"]);
    expect(issues({ name: "x".repeat(101), expiresIn: "30" })).toEqual(["nameTooLong"]);
    expect(createApiTokenSchema.safeParse({ name: "ệ".repeat(100), expiresIn: "30" }).success).toBe(true);
    expect(issues({ name: "ok", expiresIn: "7" })).toEqual(["expiryInvalid"]);
    expect(issues({ expiresIn: "30" })).toEqual(["nameRequired"]);
  });

  it("takes only id-shaped token ids for revocation", () => {
    expect(revokeApiTokenSchema.safeParse({ tokenId: "cmabc123" }).success).toBe(true);
    expect(revokeApiTokenSchema.safeParse({ tokenId: "a b" }).success).toBe(false);
    expect(revokeApiTokenSchema.safeParse({ tokenId: null }).success).toBe(false);
  });
});
