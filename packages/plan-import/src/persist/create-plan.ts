/**
 * A reviewed plan → a new plan in the database: the confirmed new organizations, the plan, its basis
 * documents, sections, tasks with their leads, coordinators, deadlines and action items, and one audit
 * event. Runs inside the caller's transaction (web action and command line alike), so a failure at any
 * step leaves nothing behind.
 */

import { recordAudit } from "@plan-tracker/db/audit";
import { PlanImportError } from "./errors";
import { reviewProblems } from "./review-problems";
import { type ReviewedPlan, reviewedPlanSchema } from "./reviewed-plan";
import {
  type AuditContext,
  basisRows,
  createSections,
  createTask,
  dateOf,
  planColumns,
  resolveOrganizations,
  type Tx,
} from "./rows";

export interface CreatedPlan {
  planId: string;
  symbol: string;
  sections: number;
  tasks: number;
  actionItems: number;
  organizationsCreated: string[];
}

/** The plan with this number and symbol issued in the same year, if any (numbers restart each year). */
export async function findSamePlan(
  tx: Tx,
  symbol: string,
  issuedOn: string | null,
): Promise<{ id: string; symbol: string; issuedOn: Date } | null> {
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
  return tx.plan.findFirst({
    where: {
      symbol: { equals: symbol.trim(), mode: "insensitive" },
      ...(year ? { issuedOn: { gte: dateOf(`${year}-01-01`), lt: dateOf(`${year + 1}-01-01`) } } : {}),
    },
    select: { id: true, symbol: true, issuedOn: true },
  });
}

export async function createPlanFromImport(
  tx: Tx,
  input: ReviewedPlan,
  audit: AuditContext,
): Promise<CreatedPlan> {
  const plan = reviewedPlanSchema.parse(input);
  const directory = await tx.organization.findMany({ select: { code: true } });
  const problems = reviewProblems(plan, new Set(directory.map((o) => o.code)));
  if (problems.length > 0) {
    throw new PlanImportError(
      "NOT_READY",
      `Chưa thể tạo kế hoạch: ${problems.length} điểm cần sửa (${problems[0]?.message}).`,
      { problems },
    );
  }
  const symbol = plan.symbol as string;
  const same = await findSamePlan(tx, symbol, plan.issuedOn);
  if (same) {
    throw new PlanImportError(
      "PLAN_EXISTS",
      `Kế hoạch số ${same.symbol} đã có trong hệ thống. Để cập nhật theo văn bản điều chỉnh, bổ sung, hãy dùng «Nhập lại / điều chỉnh» trên trang của kế hoạch đó.`,
      { existingPlanId: same.id },
    );
  }

  const ids = await resolveOrganizations(tx, plan);
  const { id: planId } = await tx.plan.create({
    data: { ...planColumns(plan, ids), status: "ACTIVE" },
    select: { id: true },
  });
  await tx.planBasisDocument.createMany({ data: basisRows(planId, plan) });
  const sectionIds = await createSections(tx, planId, plan.sections);
  for (const [index, task] of plan.tasks.entries()) {
    await createTask(tx, planId, sectionIds.get(task.sectionCode) as string, task, index + 1, ids);
  }
  const created: CreatedPlan = {
    planId,
    symbol,
    sections: plan.sections.length,
    tasks: plan.tasks.length,
    actionItems: plan.tasks.reduce((n, t) => n + t.actionItems.length, 0),
    organizationsCreated: plan.newOrganizations.map((o) => o.code),
  };
  await recordAudit(tx, {
    actorId: audit.actorId,
    actorOrgId: audit.actorOrgId ?? null,
    action: "plan.import",
    entityType: "Plan",
    entityId: planId,
    planId,
    after: { ...created, title: plan.title, issuedOn: plan.issuedOn },
    ip: audit.ip ?? null,
    userAgent: audit.userAgent ?? null,
  });
  return created;
}
