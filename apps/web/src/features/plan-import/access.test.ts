import type { Actor } from "@plan-tracker/core";
import { describe, expect, it } from "vitest";
import { canImportPlans } from "./access";

const actor = (...memberships: [string, Actor["memberships"][number]["role"]][]): Actor => ({
  userId: "u",
  memberships: memberships.map(([organizationId, role]) => ({ organizationId, role })),
});

describe("canImportPlans", () => {
  it("lets administrators and compilers in, nobody else", () => {
    expect(canImportPlans(actor(["UBND", "ADMIN"]))).toBe(true);
    expect(canImportPlans(actor(["STNMT", "COMPILER"]))).toBe(true);
    for (const role of ["LEADER", "APPROVER", "STAFF", "VIEWER"] as const)
      expect(canImportPlans(actor(["STNMT", role])), role).toBe(false);
    expect(canImportPlans(actor())).toBe(false);
    expect(canImportPlans(null)).toBe(false);
  });
});
