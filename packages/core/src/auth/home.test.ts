import { describe, expect, it } from "vitest";
import { type HomeKind, homeKindFor } from "./home";
import type { Role } from "./roles";

describe("homeKindFor", () => {
  it.each<[Role[], HomeKind]>([
    [[], "agency"],
    [["STAFF"], "agency"],
    [["APPROVER"], "agency"],
    [["COMPILER"], "overview"],
    [["LEADER"], "overview"],
    [["VIEWER"], "overview"],
    [["ADMIN"], "admin"],
    [["COMPILER", "STAFF"], "overview"],
    [["STAFF", "ADMIN"], "agency"],
    [["ADMIN", "VIEWER"], "admin"],
    [["ADMIN", "LEADER"], "overview"],
  ])("%j -> %s", (roles, home) => {
    expect(
      homeKindFor({ userId: "u", memberships: roles.map((role) => ({ organizationId: "o", role })) }),
    ).toBe(home);
  });
});
