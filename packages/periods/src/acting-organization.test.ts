import type { Actor, Role } from "@plan-tracker/core";
import { describe, expect, it } from "vitest";
import { actingOrganizationId } from "./acting-organization";

const FOCAL = "stnmt";
const actor = (role: Role, organizationId = FOCAL): Actor => ({
  userId: "u",
  memberships: [{ organizationId, role }],
});

describe("actingOrganizationId", () => {
  it("prefers the focal agency among the actor's memberships", () => {
    const both: Actor = {
      userId: "u",
      memberships: [
        { organizationId: "skhdt", role: "STAFF" },
        { organizationId: FOCAL, role: "COMPILER" },
      ],
    };
    expect(actingOrganizationId(both, FOCAL)).toBe(FOCAL);
    expect(actingOrganizationId(actor("ADMIN", "ubnd"), FOCAL)).toBe("ubnd");
  });
});
