import { describe, expect, it } from "vitest";
import { isPlanInForce, type PlanLifecycleChange, planLifecycleProblem } from "./lifecycle";

const plan = { id: "p182", issuedOn: "2020-11-27" };
const change = (c: Partial<PlanLifecycleChange>): PlanLifecycleChange => ({
  status: "EXPIRED",
  endedOn: "2026-12-31",
  replacedById: null,
  replacedByText: "",
  ...c,
});

describe("plan lifecycle", () => {
  it("only ACTIVE is in force", () => {
    expect(isPlanInForce("ACTIVE")).toBe(true);
    expect(isPlanInForce("EXPIRED")).toBe(false);
    expect(isPlanInForce("REPLACED")).toBe(false);
    expect(isPlanInForce("DRAFT")).toBe(false);
  });

  it.each([
    [change({ status: "ACTIVE", endedOn: null }), null],
    [change({}), null],
    [change({ endedOn: null }), "endedOnRequired"],
    [change({ endedOn: "2020-11-26" }), "endedBeforeIssued"],
    [change({ endedOn: "2020-11-27" }), null],
    [change({ replacedByText: "Kế hoạch số 45/KH-UBND" }), "replacementNotAllowed"],
    [change({ status: "REPLACED" }), "replacementRequired"],
    [change({ status: "REPLACED", replacedByText: "   " }), "replacementRequired"],
    [change({ status: "REPLACED", replacedByText: "Kế hoạch số 45/KH-UBND ngày 10/3/2026" }), null],
    [change({ status: "REPLACED", replacedById: "p200" }), null],
    [change({ status: "REPLACED", replacedById: "p182" }), "replacedBySelf"],
  ])("%o → %s", (input, expected) => {
    expect(planLifecycleProblem(input, plan)).toBe(expected);
  });
});
