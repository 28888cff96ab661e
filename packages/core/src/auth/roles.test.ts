import { describe, expect, it } from "vitest";
import { type Actor, hasRoleAnywhere, isMemberOf, ROLES, roleLabel } from "./roles";

describe("roleLabel", () => {
  it("uses the product's Vietnamese role names", () => {
    expect(ROLES.map((role) => roleLabel[role].vi)).toEqual([
      "Quản trị hệ thống",
      "Lãnh đạo UBND tỉnh",
      "Chuyên viên tổng hợp (cơ quan đầu mối)",
      "Lãnh đạo cơ quan",
      "Chuyên viên",
      "Người xem",
    ]);
  });
});

describe("membership helpers", () => {
  const actor: Actor = {
    userId: "u",
    memberships: [
      { organizationId: "a", role: "STAFF" },
      { organizationId: "b", role: "VIEWER" },
    ],
  };
  it.each<[string, boolean]>([
    ["a", true],
    ["b", true],
    ["c", false],
  ])("isMemberOf(%s) -> %s", (org, expected) => {
    expect(isMemberOf(actor, org)).toBe(expected);
  });

  it("checks roles per organization", () => {
    expect(isMemberOf(actor, "a", "STAFF", "APPROVER")).toBe(true);
    expect(isMemberOf(actor, "b", "STAFF")).toBe(false);
    expect(hasRoleAnywhere(actor, "VIEWER")).toBe(true);
    expect(hasRoleAnywhere(actor, "ADMIN", "LEADER")).toBe(false);
  });
});
