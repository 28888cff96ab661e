import type { Actor, Role } from "@plan-tracker/core";
import { describe, expect, it } from "vitest";
import { periodAccess } from "./access";

const FOCAL = "stnmt";
const actor = (role: Role, organizationId = FOCAL): Actor => ({
  userId: "u",
  memberships: [{ organizationId, role }],
});

describe("periodAccess", () => {
  it.each([
    [actor("COMPILER"), "manage"],
    [actor("ADMIN", "ubnd"), "manage"],
    [actor("LEADER", "ubnd"), "read"],
    [actor("COMPILER", "skhdt"), null],
    [actor("APPROVER"), null],
    [actor("STAFF"), null],
    [actor("VIEWER", "ubnd"), null],
    [null, null],
  ] as const)("%o → %s", (who, expected) => {
    expect(periodAccess(who, FOCAL)).toBe(expected);
  });
});
