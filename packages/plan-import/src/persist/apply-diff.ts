/**
 * Applies a revised plan document to the plan in the database, in the caller's transaction, without
 * losing reported progress: matched tasks keep their ids (and so their updates), a dropped task with
 * progress, comments or directives is retired (retiredAt) instead of deleted, and an action item with
 * progress is never deleted. The diff is recomputed here from the database, never taken from the browser.
 */

import { AppError, isPlanInForce } from "@plan-tracker/core";
import { recordAudit } from "@plan-tracker/db/audit";
import { diffPlan, type PlanDiff } from "./diff-plan";
import { PlanImportError } from "./errors";
import { loadExistingPlan } from "./load-plan";
import { reviewProblems } from "./review-problems";
import { type ReviewedPlan, reviewedPlanSchema } from "./reviewed-plan";
import {
  type AuditContext,
  actionItemRows,
  basisRows,
  coordinatorRows,
  createSections,
  createTask,
  planColumns,
  resolveOrganizations,
  sectionColumns,
  type Tx,
  taskColumns,
} from "./rows";

export interface ApplyResult {
  diff: PlanDiff;
  added: string[];
  changed: string[];
  retired: string[];
  deleted: string[];
}

export async function applyPlanDiff(
  tx: Tx,
  planId: string,
  input: ReviewedPlan,
  audit: AuditContext,
): Promise<ApplyResult> {
  const revised = reviewedPlanSchema.parse(input);
  const existing = await loadExistingPlan(tx, planId);
  if (!existing) throw new PlanImportError("PLAN_NOT_FOUND", "Không tìm thấy kế hoạch cần điều chỉnh.");
  const { status } = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { status: true } });
  // A plan out of force is read-only, its text included: a new document is imported as a new plan.
  if (!isPlanInForce(status))
    throw new AppError("PLAN_NOT_IN_FORCE", { message: `Plan ${planId} is ${status}` });
  const directory = await tx.organization.findMany({ select: { code: true } });
  const problems = reviewProblems(revised, new Set(directory.map((o) => o.code)));
  if (problems.length > 0) {
    throw new PlanImportError(
      "NOT_READY",
      `Chưa thể áp dụng điều chỉnh: ${problems.length} điểm cần sửa (${problems[0]?.message}).`,
      { problems },
    );
  }
  const diff = diffPlan(existing, revised);
  const ids = await resolveOrganizations(tx, revised);
  const now = new Date();

  await tx.plan.update({ where: { id: planId }, data: planColumns(revised, ids) });
  await tx.planBasisDocument.deleteMany({ where: { planId } });
  await tx.planBasisDocument.createMany({ data: basisRows(planId, revised) });

  // Sections: update in place by code, then add the new ones (parents first), then re-link parents.
  const sectionIds = new Map(existing.sections.map((s) => [s.code, s.id]));
  for (const s of revised.sections) {
    const id = sectionIds.get(s.code);
    if (id) await tx.section.update({ where: { id }, data: sectionColumns(s) });
  }
  const allSections = await createSections(tx, planId, revised.sections, sectionIds);
  for (const s of revised.sections) {
    await tx.section.update({
      where: { id: allSections.get(s.code) as string },
      data: { parentId: s.parentCode ? (allSections.get(s.parentCode) ?? null) : null },
    });
  }

  // Free codes first: dropped tasks without history go, retired ones step aside if their code is reused,
  // renumbered ones take a temporary code so that a chain of renumberings never collides.
  const revisedCodes = new Set(revised.tasks.map((t) => t.code));
  const deleted = diff.tasks.removed.filter((r) => !r.retire);
  const retired = diff.tasks.removed.filter((r) => r.retire);
  await tx.task.deleteMany({ where: { id: { in: deleted.map((r) => r.id) } } });
  for (const r of retired) {
    await tx.task.update({
      where: { id: r.id },
      data: {
        retiredAt: now,
        ...(revisedCodes.has(r.code) ? { code: `${r.code} (bỏ ${now.toISOString().slice(0, 10)})` } : {}),
      },
    });
  }
  for (const c of diff.tasks.changed.filter((c) => c.renumbered)) {
    await tx.task.update({ where: { id: c.id }, data: { code: `~${c.id}` } });
  }

  const existingById = new Map(existing.tasks.map((t) => [t.id, t]));
  for (const [index, task] of revised.tasks.entries()) {
    const sectionId = allSections.get(task.sectionCode) as string;
    const id = diff.tasks.matched[task.code];
    if (!id) {
      await createTask(tx, planId, sectionId, task, index + 1, ids);
      continue;
    }
    await tx.task.update({
      where: { id },
      data: { ...taskColumns(task, index + 1, ids), sectionId, retiredAt: null },
    });
    await tx.taskCoordinator.deleteMany({ where: { taskId: id } });
    await tx.taskCoordinator.createMany({
      data: coordinatorRows(task, ids).map((r) => ({ taskId: id, ...r })),
    });
    await tx.taskGenericCoordinator.deleteMany({ where: { taskId: id } });
    await tx.taskGenericCoordinator.createMany({
      data: task.genericCoordinators.map((g) => ({ taskId: id, phrase: g.phrase, scope: g.scope })),
    });
    const items = actionItemRows(task);
    for (const item of items) {
      await tx.actionItem.upsert({
        where: { taskId_code: { taskId: id, code: item.code } },
        create: { taskId: id, ...item },
        update: item,
      });
    }
    const keepWithProgress = Object.entries(existingById.get(id)?.itemProgress ?? {})
      .filter(([, has]) => has)
      .map(([code]) => code);
    await tx.actionItem.deleteMany({
      where: {
        taskId: id,
        code: { notIn: [...items.map((i) => i.code), ...keepWithProgress] },
        progressUpdates: { none: {} },
      },
    });
  }

  // Sections the document dropped go only when nothing (a retired task, a child) still hangs on them.
  const dropped = diff.sections.removed
    .map((s) => existing.sections.find((e) => e.id === s.id))
    .filter((s) => s !== undefined)
    .sort((a, b) => b.code.split(".").length - a.code.split(".").length);
  for (const s of dropped) {
    const inUse = await tx.section.count({
      where: { id: s.id, OR: [{ tasks: { some: {} } }, { children: { some: {} } }] },
    });
    if (inUse === 0) await tx.section.delete({ where: { id: s.id } });
  }

  const result: ApplyResult = {
    diff,
    added: diff.tasks.added.map((t) => t.code),
    changed: diff.tasks.changed.map((c) => c.toCode),
    retired: retired.map((r) => r.code),
    deleted: deleted.map((r) => r.code),
  };
  await recordAudit(tx, {
    actorId: audit.actorId,
    actorOrgId: audit.actorOrgId ?? null,
    action: "plan.reimport",
    entityType: "Plan",
    entityId: planId,
    planId,
    before: { symbol: existing.symbol, tasks: existing.tasks.filter((t) => !t.retired).length },
    after: {
      symbol: revised.symbol,
      tasks: revised.tasks.length,
      added: result.added,
      changed: result.changed,
      retired: result.retired,
      deleted: result.deleted,
      organizationsCreated: revised.newOrganizations.map((o) => o.code),
    },
    ip: audit.ip ?? null,
    userAgent: audit.userAgent ?? null,
  });
  return result;
}
