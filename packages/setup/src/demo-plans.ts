import { readFile } from "node:fs/promises";
import { defaultPeriodDates } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { openPeriod } from "@plan-tracker/periods/open-period";
import { importPlan } from "@plan-tracker/plan-import";
import {
  createPlanFromImport,
  findSamePlan,
  reviewedFromParsed,
  reviewProblems,
} from "@plan-tracker/plan-import/persist";
import { demoAccounts } from "@plan-tracker/prisma/demo-accounts";
import { DEMO_OPEN_YEAR, DEMO_TAG } from "@plan-tracker/prisma/demo-progress/types";

/** Written for the demo in the shape of real Kiên Giang plans (data/demo-plans/README.md). */
export const DEMO_PLAN_FILES = ["KH-68-UBND-2024-PCI-demo.md", "KH-104-UBND-2024-rung-demo.md"] as const;

const fileUrl = (name: string) => new URL(`../data/demo-plans/${name}`, import.meta.url);

export interface DemoPlansResult {
  created: string[];
  skipped: string[];
  updates: number;
}

/**
 * The demo's other plans, created as an administrator would: each document through the importer (the
 * review's proposals accepted, as `plan:import --yes`), its 2026 period opened with the plan's own dates,
 * and a first round of clearly marked demo progress by the lead agencies that have demo staff. A plan that
 * exists already is left as it is (a second run, or real use of the demo).
 */
export async function seedDemoPlans(prisma: PrismaClient, now = new Date()): Promise<DemoPlansResult> {
  const directory = await prisma.organization.findMany({
    select: { code: true, name: true, shortName: true, aliases: true, kind: true },
    orderBy: { code: "asc" },
  });
  const codes = directory.map((o) => o.code);
  const result: DemoPlansResult = { created: [], skipped: [], updates: 0 };
  for (const name of DEMO_PLAN_FILES) {
    const parsed = await importPlan(await readFile(fileUrl(name)), { directory, fileName: name });
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
    const reviewed = reviewedFromParsed(parsed.value, { directoryCodes: codes });
    const problems = reviewProblems(reviewed, new Set(codes));
    // Our own documents: a problem here is a regression of the importer, not something to settle.
    if (problems.length > 0) throw new Error(`${name}: ${problems.map((p) => p.message).join("; ")}`);
    if (await findSamePlan(prisma, reviewed.symbol ?? "", reviewed.issuedOn)) {
      result.skipped.push(reviewed.symbol ?? name);
      continue;
    }
    const created = await prisma.$transaction((tx) => createPlanFromImport(tx, reviewed, { actorId: null }), {
      timeout: 60_000,
    });
    const plan = await prisma.plan.findUniqueOrThrow({
      where: { id: created.planId },
      select: { reportDueDay: true, reportDueMonth: true, agencyDeadlineOffsetDays: true },
    });
    const period = await openPeriod(
      prisma,
      { system: "db:setup --demo" },
      { planId: created.planId, year: DEMO_OPEN_YEAR, ...defaultPeriodDates(DEMO_OPEN_YEAR, plan) },
      { now },
    );
    result.updates += await seedFirstProgress(prisma, created.planId, period.id, now);
    result.created.push(created.symbol);
  }
  return result;
}

/** Percentages of the demo's first round, by the task's place in the plan: a spread, not all the same. */
const DEMO_PERCENTS = [60, 35, 80, 20, 50, 45];

/** Each lead agency with demo staff has written up its tasks (drafts: nothing submitted yet). */
async function seedFirstProgress(
  prisma: PrismaClient,
  planId: string,
  periodId: string,
  now: Date,
): Promise<number> {
  const staff = await prisma.user.findMany({
    where: { email: { in: demoAccounts.filter((a) => a.role === "STAFF").map((a) => a.email) } },
    select: { id: true, memberships: { select: { organizationId: true } } },
  });
  const staffByOrg = new Map(
    staff.flatMap((u) => u.memberships.map((m) => [m.organizationId, u.id] as const)),
  );
  const tasks = await prisma.task.findMany({
    where: { planId, leadOrganizationId: { in: [...staffByOrg.keys()] } },
    orderBy: { order: "asc" },
    select: { id: true, code: true, order: true, leadOrganizationId: true },
  });
  const rows = tasks.flatMap((task) => {
    const authorId = task.leadOrganizationId ? staffByOrg.get(task.leadOrganizationId) : undefined;
    if (!task.leadOrganizationId || !authorId) return [];
    const percent = DEMO_PERCENTS[task.order % DEMO_PERCENTS.length] ?? 50;
    return [
      {
        periodId,
        taskId: task.id,
        organizationId: task.leadOrganizationId,
        status: "IN_PROGRESS" as const,
        percent,
        results: `${DEMO_TAG} Đã triển khai nhiệm vụ ${task.code} theo kế hoạch; ước đạt ${percent}% khối lượng năm ${DEMO_OPEN_YEAR}, đang tiếp tục thực hiện.`,
        authorId,
        updatedById: authorId,
        createdAt: now,
        updatedAt: now,
      },
    ];
  });
  const organizations = [...new Set(rows.map((r) => r.organizationId))];
  await prisma.$transaction([
    prisma.agencySubmission.createMany({
      data: organizations.map((organizationId) => ({ periodId, organizationId, lastActivityAt: now })),
      skipDuplicates: true,
    }),
    prisma.progressUpdate.createMany({ data: rows, skipDuplicates: true }),
  ]);
  return rows.length;
}
