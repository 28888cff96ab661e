import { organizations } from "@plan-tracker/prisma/data/organizations";
import { describe, expect, it } from "vitest";
import { importPlan } from "../../index";
import { diffPlan, type ExistingPlan, reviewedFromParsed } from "../../persist/index";
import { spanProblems } from "../../test-fixtures";
import { WATER_PLAN_SYMBOL, waterPlanDocx } from "./water-plan";

describe("Kế hoạch 25/KH-UBND (written for the tests): 1./1.1./1.1.1. numbering and a task table in 2.2", () => {
  it("reads the numbered tasks and the table rows as tasks of section 2.2, in document order", async () => {
    const result = await importPlan(await waterPlanDocx(), { directory: organizations });
    if (!result.ok) throw new Error(result.error.message);
    const parsed = result.value;
    expect(spanProblems(parsed)).toEqual([]);
    expect(parsed.number).toBe(WATER_PLAN_SYMBOL);
    expect(parsed.sections.map((s) => s.code)).toEqual(["1", "2", "2.1", "2.2", "3"]);
    const reviewed = reviewedFromParsed(parsed, { directoryCodes: organizations.map((o) => o.code) });
    expect(reviewed.tasks.map((t) => [t.code, t.sectionCode, t.leadCode])).toEqual([
      ["2.1.1", "2.1", "STNMT"],
      ["2.1.2", "2.1", "STTTT"],
      ["2.2.1", "2.2", "STNMT"],
      ["2.2.2", "2.2", "SNNPTNT"],
      ["2.2.3", "2.2", "SXD"],
      ["3.1", "3", "STNMT"],
    ]);
    expect(reviewed.tasks.find((t) => t.code === "2.2.2")).toMatchObject({
      coordinatorCodes: ["SXD", "STC"],
      dueDate: "2024-06-30",
    });
    // Công an tỉnh is not in the seed's directory: proposed, with a code made from its name.
    expect(reviewed.newOrganizations).toEqual([
      { code: "CA", name: "Công an tỉnh", kind: expect.any(String) },
    ]);
    expect(reviewed.tasks[0]?.coordinatorCodes).toEqual(["CA"]);
    expect(reviewed).toMatchObject({
      focalCode: "STNMT",
      reportDueDay: 10,
      reportDueMonth: 12,
      validFromYear: 2024,
    });
  });
});

describe("its amendment (revised variant) against the original", () => {
  it("adds 2.2.4, drops 2.1.2 and changes the deadline of 2.2.2, nothing else", async () => {
    const read = async (variant: "original" | "revised") => {
      const result = await importPlan(await waterPlanDocx(variant), { directory: organizations });
      if (!result.ok) throw new Error(result.error.message);
      return reviewedFromParsed(result.value, { directoryCodes: organizations.map((o) => o.code) });
    };
    const original = await read("original");
    const existing: ExistingPlan = {
      ...original,
      id: "plan",
      sections: original.sections.map((s) => ({ ...s, id: `s-${s.code}` })),
      tasks: original.tasks.map((t) => ({
        ...t,
        id: `t-${t.code}`,
        hasProgress: t.code === "2.1.1",
        retired: false,
        itemProgress: {},
      })),
    };
    const diff = diffPlan(existing, await read("revised"));
    expect(diff.tasks.added.map((t) => t.code)).toEqual(["2.2.4"]);
    expect(diff.tasks.removed).toEqual([expect.objectContaining({ code: "2.1.2", retire: false })]);
    expect(diff.tasks.changed.map((c) => [c.toCode, c.changes.map((f) => f.field)])).toEqual([
      ["2.2.2", ["timeTexts", "dueDate"]],
    ]);
    expect(diff.tasks.unchanged).toBe(4);
  });
});
