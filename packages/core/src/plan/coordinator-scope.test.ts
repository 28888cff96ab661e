import { describe, expect, it } from "vitest";
import { kindsInScope, scopeIncludes, scopesIncluding } from "./coordinator-scope";

describe("coordinator scopes", () => {
  it.each([
    ["DEPARTMENTS", "DEPARTMENT", true],
    ["DEPARTMENTS", "DISTRICT_PC", false],
    ["DISTRICTS", "DISTRICT_PC", true],
    ["DISTRICTS", "DEPARTMENT", false],
    ["DEPARTMENTS_AND_DISTRICTS", "DEPARTMENT", true],
    ["DEPARTMENTS_AND_DISTRICTS", "DISTRICT_PC", true],
    ["DEPARTMENTS_AND_DISTRICTS", "MILITARY", false],
    ["RELATED_UNITS", "MILITARY", true],
    ["RELATED_UNITS", "PARTY", false],
  ] as const)("%s includes %s: %s", (scope, kind, expected) => {
    expect(scopeIncludes(scope, kind)).toBe(expected);
  });

  it("lists the scopes that cover a district", () => {
    expect(scopesIncluding("DISTRICT_PC")).toEqual([
      "DISTRICTS",
      "DEPARTMENTS_AND_DISTRICTS",
      "RELATED_UNITS",
    ]);
  });

  it("never covers the provincial PC itself", () => {
    for (const scope of ["DEPARTMENTS", "DISTRICTS", "DEPARTMENTS_AND_DISTRICTS", "RELATED_UNITS"] as const) {
      expect(kindsInScope(scope)).not.toContain("PROVINCIAL_PC");
    }
  });
});
