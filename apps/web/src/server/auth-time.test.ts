import { describe, expect, it } from "vitest";
import { authTimeMsOf, sessionStillValid, stampAuthTime } from "./auth-time";

describe("auth time", () => {
  it("is stamped in milliseconds and read back as stamped", () => {
    const token = {};
    stampAuthTime(token, 1_764_300_000_123);
    expect(authTimeMsOf(token)).toBe(1_764_300_000_123);
  });

  it("reads a token stamped in seconds, or with only iat, as the start of its second", () => {
    expect(authTimeMsOf({ authTime: 1_764_300_000, iat: 1_764_300_500 })).toBe(1_764_300_000_000);
    expect(authTimeMsOf({ iat: 1_764_300_500 })).toBe(1_764_300_500_000);
    expect(authTimeMsOf({})).toBeUndefined();
  });

  it("a session proved a millisecond before sessionsValidFrom is ended; at or after it, it stands", () => {
    const validFrom = new Date(1_764_300_000_500);
    expect(sessionStillValid(1_764_300_000_499, validFrom)).toBe(false);
    expect(sessionStillValid(1_764_300_000_500, validFrom)).toBe(true);
    expect(sessionStillValid(1_764_300_000_501, validFrom)).toBe(true);
  });
});
