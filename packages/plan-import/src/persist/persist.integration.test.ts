/**
 * On a real PostgreSQL database: plan 182/KH-UBND parsed from its text and created gives the seeded
 * structure; a second import is refused; a failure midway leaves nothing; a revised document is applied
 * without losing progress (renumbered tasks keep their ids, dropped tasks with progress are retired).
 */

import { userSearchKey } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { plan182 } from "@plan-tracker/prisma/data/plan-182";
import { seedOrganizations } from "@plan-tracker/prisma/seed-organizations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlanText } from "../index";
import { readPlan182Markdown } from "../test-fixtures";
import {
  applyPlanDiff,
  createPlanFromImport,
  diffPlan,
  isPlanImportError,
  loadExistingPlan,
  type ReviewedPlan,
  reviewedFromParsed,
} from "./index";

let db: TestDatabase;
let reviewed182: ReviewedPlan;

beforeAll(async () => {
  db = await createTestPostgres("pt_plan_import");
  await seedOrganizations(db.prisma, organizations);
  const parsed = importPlanText(readPlan182Markdown(), { directory: organizations, format: "markdown" });
  if (!parsed.ok) throw new Error(parsed.error.message);
  reviewed182 = reviewedFromParsed(parsed.value, { directoryCodes: organizations.map((o) => o.code) });
});

afterAll(async () => {
  await db?.destroy();
});

const audit = { actorId: null };

async function counts() {
  const p = db.prisma;
  return {
    plans: await p.plan.count(),
    sections: await p.section.count(),
    tasks: await p.task.count(),
    organizations: await p.organization.count(),
    audit: await p.auditEvent.count(),
  };
}

describe("createPlanFromImport", () => {
  let planId: string;

  it("creates plan 182 from its text with the seed's tasks, leads and coordinators", async () => {
    const created = await db.prisma.$transaction((tx) => createPlanFromImport(tx, reviewed182, audit), {
      timeout: 60_000,
    });
    planId = created.planId;
    expect(created).toMatchObject({ symbol: "182/KH-UBND", tasks: 17, organizationsCreated: [] });

    const plan = await db.prisma.plan.findUniqueOrThrow({
      where: { id: planId },
      include: { issuer: true, focalOrganization: true, basisDocuments: true },
    });
    expect(plan).toMatchObject({
      number: plan182.number,
      symbol: plan182.symbol,
      place: plan182.place,
      title: plan182.title,
      preamble: plan182.preamble,
      closing: plan182.closing,
      signerName: plan182.signerName,
      validFromYear: plan182.validFromYear,
      validToYear: plan182.validToYear,
      reportDueDay: plan182.reportDueDay,
      reportDueMonth: plan182.reportDueMonth,
      reportingRuleText: plan182.reportingRuleText,
    });
    expect(plan.issuedOn.toISOString().slice(0, 10)).toBe(plan182.issuedOn);
    expect(plan.issuer.code).toBe(plan182.issuerCode);
    expect(plan.focalOrganization.code).toBe(plan182.focalCode);
    expect(plan.sourceText).toContain("Sở Thông tin và Truyền thông chủ trì");
    expect(plan.basisDocuments.map((d) => d.symbol)).toEqual(
      expect.arrayContaining(["211-KH/TU", "56-KL/TW"]),
    );

    const sections = await db.prisma.section.findMany({
      where: { planId },
      include: { parent: { select: { code: true } } },
      orderBy: [{ depth: "asc" }, { order: "asc" }],
    });
    expect(
      sections.map((s) => ({ code: s.code, heading: s.heading, parentCode: s.parent?.code ?? null })),
    ).toEqual(
      expect.arrayContaining(
        plan182.sections.map((s) => ({ code: s.code, heading: s.heading, parentCode: s.parentCode })),
      ),
    );
    expect(sections).toHaveLength(plan182.sections.length);

    const tasks = await db.prisma.task.findMany({
      where: { planId },
      orderBy: { order: "asc" },
      include: {
        section: { select: { code: true } },
        leadOrganization: { select: { code: true } },
        coordinators: { select: { organization: { select: { code: true } } } },
        genericCoordinators: { orderBy: { id: "asc" } },
      },
    });
    const actual = tasks.map((t) => ({
      code: t.code,
      content: t.content,
      leadCode: t.leadOrganization?.code ?? null,
      leadImplied: t.leadImplied,
      leadText: t.leadText,
      leadScope: t.leadScope,
      coordinatorCodes: t.coordinators.map((c) => c.organization.code).sort(),
      generic: t.genericCoordinators.map((g) => ({ phrase: g.phrase, scope: g.scope })),
      kind: t.kind,
      timeTexts: t.timeTexts,
      periodStartYear: t.periodStartYear,
      periodEndYear: t.periodEndYear,
    }));
    const expected = plan182.tasks.map((t) => ({
      code: t.code,
      content: t.content,
      leadCode: t.leadCode,
      leadImplied: t.leadImplied,
      leadText: t.leadText,
      leadScope: t.genericLead?.scope ?? null,
      coordinatorCodes: [...new Set(t.coordinatorCodes)].sort(),
      generic: t.genericCoordinators,
      kind: t.kind,
      timeTexts: t.timeTexts,
      periodStartYear: t.periodStartYear ?? null,
      periodEndYear: t.periodEndYear ?? null,
    }));
    expect(actual).toEqual(expected);

    const events = await db.prisma.auditEvent.findMany({ where: { planId, action: "plan.import" } });
    expect(events).toHaveLength(1);
  });

  it("refuses the same plan number again and names the plan to re-import into", async () => {
    const before = await counts();
    const error = await db.prisma
      .$transaction((tx) => createPlanFromImport(tx, reviewed182, audit))
      .catch((e: unknown) => e);
    expect(isPlanImportError(error) && error.code).toBe("PLAN_EXISTS");
    expect(isPlanImportError(error) && error.existingPlanId).toBe(planId);
    expect(String((error as Error).message)).toContain("Nhập lại / điều chỉnh");
    expect(await counts()).toEqual(before);
  });

  it("refuses a plan whose organizations are neither in the directory nor confirmed as new", async () => {
    const plan = structuredClone(reviewed182);
    plan.symbol = "999/KH-UBND";
    plan.tasks[0] = { ...(plan.tasks[0] as ReviewedPlan["tasks"][number]), leadCode: "KHONG-CO" };
    const error = await db.prisma
      .$transaction((tx) => createPlanFromImport(tx, plan, audit))
      .catch((e: unknown) => e);
    expect(isPlanImportError(error) && error.code).toBe("NOT_READY");
    expect(isPlanImportError(error) && error.problems.map((p) => p.code)).toContain("UNKNOWN_ORGANIZATION");
  });

  it("leaves nothing behind when a write fails midway (new organization, plan and sections rolled back)", async () => {
    const before = await counts();
    const plan = structuredClone(reviewed182);
    plan.symbol = "183/KH-UBND";
    plan.newOrganizations = [{ code: "BQLKKT", name: "Ban Quản lý Khu kinh tế tỉnh", kind: "DEPARTMENT" }];
    plan.tasks[0] = { ...(plan.tasks[0] as ReviewedPlan["tasks"][number]), leadCode: "BQLKKT" };
    // PostgreSQL refuses NUL in text: the last task fails after the organization, plan and sections are written.
    const last = plan.tasks.length - 1;
    plan.tasks[last] = {
      ...(plan.tasks[last] as ReviewedPlan["tasks"][number]),
      content: "Nội dung hỏng \u0000",
    };
    await expect(
      db.prisma.$transaction((tx) => createPlanFromImport(tx, plan, audit), { timeout: 60_000 }),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await db.prisma.organization.findUnique({ where: { code: "BQLKKT" } })).toBeNull();
  });
});

describe("re-import (điều chỉnh, bổ sung)", () => {
  const SMALL = (tasks: string) => `ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 77/KH-UBND
Kiên Giang, ngày 10 tháng 3 năm 2022

KẾ HOẠCH
Phòng, chống sạt lở bờ biển năm 2022

I. NHIỆM VỤ
${tasks}
II. TỔ CHỨC THỰC HIỆN
Sở Tài nguyên và Môi trường tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hàng năm.
`;
  const T1 =
    "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện, thành phố rà soát các đoạn bờ biển sạt lở nguy hiểm, đề xuất phương án gia cố khẩn cấp.";
  const T2 =
    "2. Sở Tài chính chủ trì bố trí kinh phí sự nghiệp cho công tác phòng, chống sạt lở bờ biển trong dự toán ngân sách hàng năm.";
  const T3 =
    "3. Sở Thông tin và Truyền thông chủ trì tuyên truyền, phổ biến cho người dân vùng ven biển về nguy cơ sạt lở, thường xuyên cập nhật thông tin.";
  const T4 =
    "4. Sở Xây dựng chủ trì hướng dẫn quy hoạch khu dân cư ven biển tránh vùng có nguy cơ sạt lở cao.";

  function reviewedOf(text: string): ReviewedPlan {
    const parsed = importPlanText(text, { directory: organizations, format: "text" });
    if (!parsed.ok) throw new Error(parsed.error.message);
    return reviewedFromParsed(parsed.value, { directoryCodes: organizations.map((o) => o.code) });
  }

  it("keeps progress: renumbered tasks keep their ids, a dropped task with progress is retired, one without is deleted", async () => {
    const original = reviewedOf(SMALL([T1, T2, T3].join("\n")));
    // II (the reporting duty of Sở TN&MT) is a task too; it stays unchanged throughout.
    expect(original.tasks.map((t) => t.code)).toEqual(["I.1", "I.2", "I.3", "II"]);
    const { planId } = await db.prisma.$transaction((tx) => createPlanFromImport(tx, original, audit));
    const taskIds = Object.fromEntries(
      (await db.prisma.task.findMany({ where: { planId }, select: { code: true, id: true } })).map((t) => [
        t.code,
        t.id,
      ]),
    );
    // Progress reported on I.1 (kept and renumbered) and on I.2 (dropped by the revision).
    const person = { email: "u@example.vn", name: "Chuyên viên" };
    const user = await db.prisma.user.create({ data: { ...person, searchKey: userSearchKey(person) } });
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { code: "SNNPTNT" } });
    const period = await db.prisma.reportingPeriod.create({
      data: {
        planId,
        year: 2022,
        cutoffDate: new Date("2022-11-15T00:00:00Z"),
        agencyDeadline: new Date("2022-11-30T00:00:00Z"),
        reportDueDate: new Date("2022-12-15T00:00:00Z"),
      },
    });
    for (const code of ["I.1", "I.2"]) {
      await db.prisma.progressUpdate.create({
        data: {
          periodId: period.id,
          taskId: taskIds[code] as string,
          organizationId: org.id,
          status: "IN_PROGRESS",
          results: `Đã thực hiện ${code}`,
          authorId: user.id,
          updatedById: user.id,
        },
      });
    }

    // Revision: a new task first, so the first task is renumbered I.1 → I.2; I.2 dropped; I.3 kept.
    const revised = reviewedOf(SMALL([T4.replace("4.", "1."), T1.replace("1.", "2."), T3].join("\n")));
    const existing = await db.prisma.$transaction((tx) => loadExistingPlan(tx, planId));
    if (!existing) throw new Error("plan not loaded");
    const diff = diffPlan(existing, revised);
    expect(diff.tasks.added.map((t) => t.code)).toEqual(["I.1"]);
    expect(diff.tasks.changed.map((c) => [c.fromCode, c.toCode, c.renumbered])).toEqual([
      ["I.1", "I.2", true],
    ]);
    expect(diff.tasks.unchanged).toBe(2);
    expect(diff.tasks.removed).toEqual([
      expect.objectContaining({ code: "I.2", retire: true, id: taskIds["I.2"] }),
    ]);

    const result = await db.prisma.$transaction((tx) => applyPlanDiff(tx, planId, revised, audit), {
      timeout: 60_000,
    });
    expect(result.retired).toEqual(["I.2"]);
    const after = await db.prisma.task.findMany({
      where: { planId },
      select: { id: true, code: true, retiredAt: true, _count: { select: { progressUpdates: true } } },
    });
    const byId = new Map(after.map((t) => [t.id, t]));
    // The renumbered task kept its id and its progress.
    expect(byId.get(taskIds["I.1"] as string)).toMatchObject({ code: "I.2", retiredAt: null });
    expect(byId.get(taskIds["I.1"] as string)?._count.progressUpdates).toBe(1);
    // The dropped task with progress is retired, its update intact.
    expect(byId.get(taskIds["I.2"] as string)?.retiredAt).not.toBeNull();
    expect(byId.get(taskIds["I.2"] as string)?._count.progressUpdates).toBe(1);
    expect(await db.prisma.progressUpdate.count({ where: { periodId: period.id } })).toBe(2);
    expect(
      after
        .filter((t) => t.retiredAt === null)
        .map((t) => t.code)
        .sort(),
    ).toEqual(["I.1", "I.2", "I.3", "II"]);

    // Dropping a task without progress deletes it.
    const shorter = reviewedOf(SMALL([T4.replace("4.", "1."), T1.replace("1.", "2.")].join("\n")));
    const second = await db.prisma.$transaction((tx) => applyPlanDiff(tx, planId, shorter, audit));
    expect(second.deleted).toEqual(["I.3"]);
    expect(await db.prisma.task.count({ where: { planId, code: "I.3" } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { planId, action: "plan.reimport" } })).toBe(2);
  });

  it("changes a lead and a coordinator in place", async () => {
    const original = reviewedOf(SMALL(T2.replace("2.", "1.")).replace("77/KH", "78/KH"));
    const { planId } = await db.prisma.$transaction((tx) => createPlanFromImport(tx, original, audit));
    const revised = reviewedOf(
      SMALL(
        T2.replace("2.", "1.").replace(
          "Sở Tài chính chủ trì",
          "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính",
        ),
      ).replace("77/KH", "78/KH"),
    );
    const existing = await db.prisma.$transaction((tx) => loadExistingPlan(tx, planId));
    const diff = diffPlan(existing as NonNullable<typeof existing>, revised);
    expect(diff.tasks.changed).toHaveLength(1);
    expect(diff.tasks.changed[0]?.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(["leadCode", "coordinatorCodes"]),
    );
    await db.prisma.$transaction((tx) => applyPlanDiff(tx, planId, revised, audit));
    const task = await db.prisma.task.findFirstOrThrow({
      where: { planId },
      include: { leadOrganization: true, coordinators: { include: { organization: true } } },
    });
    expect(task.leadOrganization?.code).toBe("SKHDT");
    expect(task.coordinators.map((c) => c.organization.code)).toEqual(["STC"]);
  });
});
