import { describe, expect, it } from "vitest";
import { organizations } from "../data/organizations";
import { plan182 } from "../data/plan-182";
import { buildPeriod, LEAD_SCRIPTS, type PeriodShape, type PlanShape } from "./build";
import { contributions } from "./contributions";
import { hashKey, rngFor } from "./rng";
import { DEMO_TAG } from "./types";

/** Plan 182 as the builder sees it, with codes for ids. */
const plan: PlanShape = {
  tasks: plan182.tasks.map((t) => ({
    id: t.code,
    code: t.code,
    kind: t.kind,
    leadOrganizationId: t.leadCode,
    leadScope: t.genericLead?.scope ?? null,
    coordinatorIds: t.coordinatorCodes,
    coordinatorScopes: t.genericCoordinators.map((g) => g.scope),
    actionItems: t.actionItems.map((i) => ({ id: i.code, code: i.code })),
  })),
  organizations: organizations.map((o) => ({
    id: o.code,
    code: o.code,
    name: o.name,
    shortName: o.shortName,
    kind: o.kind,
    validFrom: o.validFrom ?? null,
    validTo: o.validTo ?? null,
  })),
};

const people = {
  compilerId: "compiler",
  staffByOrg: new Map([["STNMT", "staff-stnmt"]]),
  approverByOrg: new Map([["STNMT", "approver-stnmt"]]),
};

const period = (year: number): PeriodShape => ({
  id: `p${year}`,
  year,
  cutoffDate: `${year}-11-15`,
  agencyDeadline: `${year}-11-25`,
  reportDueDate: `${year}-12-05`,
  openedAt: new Date(`${year}-10-15T01:00:00Z`),
});

describe("demo progress scripts", () => {
  it("cover every task of plan 182, with one script per action item where items are scripted", () => {
    for (const task of plan182.tasks) {
      const script = LEAD_SCRIPTS[task.code];
      expect(script, task.code).toBeDefined();
      if (script?.items) expect(script.items, task.code).toHaveLength(task.actionItems.length);
    }
    expect(Object.keys(contributions).every((code) => plan182.tasks.some((t) => t.code === code))).toBe(true);
  });

  it("are deterministic: the same period gives the same rows", () => {
    for (const year of [2021, 2026]) {
      expect(buildPeriod(plan, period(year), people)).toEqual(buildPeriod(plan, period(year), people));
    }
    // Whatever order the database lists the organizations in.
    const shuffled = { ...plan, organizations: [...plan.organizations].reverse() };
    expect(buildPeriod(shuffled, period(2023), people)).toEqual(buildPeriod(plan, period(2023), people));
    // And whatever ids it gave them (cuids do not sort like codes): the same organizations report.
    const renamed = (id: string) => `x${[...id].reverse().join("")}`;
    const reIded: PlanShape = {
      tasks: plan.tasks.map((t) => ({
        ...t,
        leadOrganizationId: t.leadOrganizationId && renamed(t.leadOrganizationId),
        coordinatorIds: t.coordinatorIds.map(renamed),
      })),
      organizations: plan.organizations.map((o) => ({ ...o, id: renamed(o.id) })),
    };
    const who = (p: PlanShape) =>
      buildPeriod(p, period(2023), people)
        .updates.map(
          (u) =>
            `${u.taskCode}|${u.actionItemCode}|${plan.organizations.find((o) => o.id === u.organizationId || renamed(o.id) === u.organizationId)?.code}|${u.results}`,
        )
        .sort();
    expect(who(reIded)).toEqual(who(plan));
    expect(hashKey("2023:II.4.a:STNMT")).toBe(hashKey("2023:II.4.a:STNMT"));
    expect(rngFor("x").next()).toBe(rngFor("x").next());
  });

  it("tells the land database story year by year (II.4.a.14)", () => {
    const text = (year: number) =>
      buildPeriod(plan, period(year), people).updates.find((u) => u.actionItemCode === "II.4.a.14")?.results;
    expect(text(2023)).toBe(
      `${DEMO_TAG} Đã hoàn thành cập nhật cơ sở dữ liệu đất đai cho 8/15 huyện, thành phố; đang triển khai tại các huyện còn lại.`,
    );
    expect(text(2026)).toMatch(/14\/15 huyện/);
  });

  it("writes updates only before the report went out, in office hours in Vietnam", () => {
    const { updates, submissions } = buildPeriod(plan, period(2024), people);
    for (const u of updates) {
      const s = submissions.find((x) => x.organizationId === u.organizationId);
      expect(u.updatedAt.getTime()).toBeGreaterThanOrEqual(u.createdAt.getTime());
      expect(u.updatedAt.getTime()).toBeLessThan(s?.submittedAt?.getTime() ?? 0);
      const vnHour = (u.createdAt.getUTCHours() + 7) % 24;
      expect(vnHour).toBeGreaterThanOrEqual(7);
      expect(vnHour).toBeLessThan(17);
    }
  });

  it("in 2026 leaves UBND TP Rạch Giá without anything, and only drafts what agencies wrote themselves", () => {
    const { updates, submissions } = buildPeriod(plan, period(2026), people);
    expect(updates.some((u) => u.organizationId === "UBND-RACHGIA")).toBe(false);
    expect(submissions.find((s) => s.organizationId === "SKHDT")?.state).toBe("DRAFT");
    expect(
      updates
        .filter((u) => u.organizationId === "SKHDT")
        .every((u) => ["II.1.b", "II.2.a", "II.4.a"].includes(u.taskCode)),
    ).toBe(true);
  });
});
