import { describe, expect, it } from "vitest";
import { expectedReporters, type ReporterOrganization } from "./expected-reporters";
import { myUpdateState } from "./update-state";

const orgs: ReporterOrganization[] = [
  { id: "stnmt", kind: "DEPARTMENT" },
  { id: "skhdt", kind: "DEPARTMENT" },
  { id: "rachgia", kind: "DISTRICT_PC" },
  { id: "phuquoc-h", kind: "DISTRICT_PC", validTo: "2020-12-31" },
  { id: "phuquoc-tp", kind: "DISTRICT_PC", validFrom: "2021-01-01" },
  { id: "bchqs", kind: "MILITARY" },
  { id: "ubnd", kind: "PROVINCIAL_PC" },
];

describe("expectedReporters", () => {
  it("takes the named lead and coordinators, and resolves generic phrases to organizations valid that day", () => {
    const result = expectedReporters(
      {
        leadOrganizationId: "stnmt",
        leadScope: null,
        coordinatorIds: ["bchqs"],
        coordinatorScopes: ["DEPARTMENTS_AND_DISTRICTS"],
      },
      orgs,
      "2026-11-15",
    );
    expect(result.leads).toEqual(["stnmt"]);
    expect(result.coordinators.sort()).toEqual(["bchqs", "phuquoc-tp", "rachgia", "skhdt"]);
  });

  it("uses the district as it stood on the cut-off day (Phú Quốc before and after it became a city)", () => {
    const task = {
      leadOrganizationId: null,
      leadScope: "DISTRICTS" as const,
      coordinatorIds: [],
      coordinatorScopes: [],
    };
    expect(expectedReporters(task, orgs, "2020-11-27").leads.sort()).toEqual(["phuquoc-h", "rachgia"]);
    expect(expectedReporters(task, orgs, "2021-11-15").leads.sort()).toEqual(["phuquoc-tp", "rachgia"]);
  });

  it("never lists a lead among its own coordinators", () => {
    const result = expectedReporters(
      {
        leadOrganizationId: "skhdt",
        leadScope: null,
        coordinatorIds: ["skhdt"],
        coordinatorScopes: ["DEPARTMENTS"],
      },
      orgs,
      "2026-11-15",
    );
    expect(result.coordinators).toEqual(["stnmt"]);
  });
});

describe("myUpdateState", () => {
  it.each([
    [false, null, "NOT_UPDATED"],
    [false, "SUBMITTED", "NOT_UPDATED"],
    [true, null, "DRAFT"],
    [true, "DRAFT", "DRAFT"],
    [true, "SUBMITTED", "SUBMITTED"],
    [true, "RETURNED", "RETURNED"],
    [true, "ACCEPTED", "ACCEPTED"],
  ] as const)("update %s, submission %s → %s", (has, submission, expected) => {
    expect(myUpdateState(has, submission)).toBe(expected);
  });
});
