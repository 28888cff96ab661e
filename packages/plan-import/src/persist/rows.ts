/**
 * Reviewed plan → row data, shared by creation and re-import. Mirrors prisma/seed/seed-plan.ts (the same
 * columns, search keys and depth rule), so a plan imported from its document and the seeded plan 182 are
 * the same rows; the seed upserts one row at a time while these build whole nested creates.
 */

import { searchKey } from "@plan-tracker/core";
import type { Prisma } from "@plan-tracker/db";
import { planNumberOf, type ReviewedPlan, type ReviewedSection, type ReviewedTask } from "./reviewed-plan";

export type Tx = Prisma.TransactionClient;

/** Calendar days are stored as UTC midnight of that day in @db.Date columns (as the seed does). */
export function dateOf(iso: string): Date;
export function dateOf(iso: string | null): Date | null;
export function dateOf(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export function isoOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export interface AuditContext {
  actorId: string | null;
  actorOrgId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export function planColumns(plan: ReviewedPlan, ids: (code: string) => string) {
  return {
    number: planNumberOf(plan.symbol ?? ""),
    symbol: plan.symbol ?? "",
    documentType: plan.documentType,
    issuedOn: dateOf(plan.issuedOn ?? ""),
    place: plan.place,
    issuerId: ids(plan.issuerCode ?? ""),
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
    title: plan.title,
    preamble: plan.preamble,
    closing: plan.closing,
    recipients: plan.recipients,
    focalOrganizationId: ids(plan.focalCode ?? ""),
    validFromYear: plan.validFromYear,
    validToYear: plan.validToYear,
    reportingCycles: plan.reportingCycles,
    reportDueDay: plan.reportDueDay ?? 5,
    reportDueMonth: plan.reportDueMonth ?? 12,
    reportingRuleText: plan.reportingRuleText,
    sourceText: plan.sourceText,
    searchKey: searchKey(`${plan.symbol ?? ""} ${plan.title}`),
  };
}

export function basisRows(planId: string, plan: ReviewedPlan): Prisma.PlanBasisDocumentCreateManyInput[] {
  return plan.basisDocuments.map((d, i) => ({
    planId,
    order: i + 1,
    symbol: d.symbol,
    issuedOn: dateOf(d.issuedOn),
    issuerName: d.issuerName,
    title: d.title,
  }));
}

export function sectionColumns(section: ReviewedSection) {
  return {
    number: section.number,
    heading: section.heading,
    body: section.body,
    order: section.order,
    depth: section.code.split(".").length - 1,
    searchKey: searchKey(`${section.code} ${section.heading} ${section.body}`),
  };
}

/** Scalar columns of a task (no relations). */
export function taskColumns(task: ReviewedTask, order: number, ids: (code: string) => string) {
  return {
    code: task.code,
    label: task.label,
    heading: task.heading,
    content: task.content,
    order,
    leadOrganizationId: task.leadCode ? ids(task.leadCode) : null,
    leadImplied: task.leadImplied,
    leadText: task.leadText,
    leadScope: task.leadCode ? null : task.leadScope,
    leadScopePhrase: task.leadCode ? null : task.leadScopePhrase,
    kind: task.kind,
    timeTexts: task.timeTexts,
    dueDate: dateOf(task.dueDate),
    periodStartYear: task.periodStartYear,
    periodEndYear: task.periodEndYear,
    searchKey: searchKey(`${task.code} ${task.heading ?? ""} ${task.content}`),
  };
}

export function coordinatorRows(task: ReviewedTask, ids: (code: string) => string) {
  const lead = task.leadCode;
  return [...new Set(task.coordinatorCodes)]
    .filter((code) => code !== lead)
    .map((code) => ({ organizationId: ids(code) }));
}

export function actionItemRows(task: ReviewedTask) {
  return task.actionItems.map((item, i) => ({
    code: item.code,
    content: item.content,
    order: i + 1,
    timeText: item.timeText,
    searchKey: searchKey(`${item.code} ${item.content}`),
  }));
}

/** Creates the confirmed new organizations and returns code → id for every code the plan uses. */
export async function resolveOrganizations(tx: Tx, plan: ReviewedPlan): Promise<(code: string) => string> {
  for (const org of plan.newOrganizations) {
    await tx.organization.create({
      data: {
        code: org.code,
        name: org.name,
        shortName: org.name,
        kind: org.kind,
        aliases: [],
        note: `Tạo khi nhập kế hoạch ${plan.symbol ?? ""}`.trim(),
        searchKey: searchKey(org.name),
      },
    });
  }
  const codes = new Set<string>();
  for (const code of [plan.issuerCode, plan.focalCode]) if (code) codes.add(code);
  for (const t of plan.tasks) {
    if (t.leadCode) codes.add(t.leadCode);
    for (const c of t.coordinatorCodes) codes.add(c);
  }
  const rows = await tx.organization.findMany({
    where: { code: { in: [...codes] } },
    select: { id: true, code: true },
  });
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  return (code: string) => {
    const id = ids.get(code);
    if (!id) throw new Error(`Mã cơ quan không có trong danh mục: ${code}`);
    return id;
  };
}

/** Sections in document order, parents first; returns code → id. */
export async function createSections(
  tx: Tx,
  planId: string,
  sections: readonly ReviewedSection[],
  existing: Map<string, string> = new Map(),
): Promise<Map<string, string>> {
  const ids = new Map(existing);
  for (const section of sections) {
    if (ids.has(section.code)) continue;
    const parentId = section.parentCode ? ids.get(section.parentCode) : null;
    const { id } = await tx.section.create({
      data: { planId, code: section.code, parentId: parentId ?? null, ...sectionColumns(section) },
      select: { id: true },
    });
    ids.set(section.code, id);
  }
  return ids;
}

export async function createTask(
  tx: Tx,
  planId: string,
  sectionId: string,
  task: ReviewedTask,
  order: number,
  ids: (code: string) => string,
): Promise<string> {
  const { id } = await tx.task.create({
    data: {
      planId,
      sectionId,
      ...taskColumns(task, order, ids),
      coordinators: { createMany: { data: coordinatorRows(task, ids) } },
      genericCoordinators: {
        createMany: { data: task.genericCoordinators.map((g) => ({ phrase: g.phrase, scope: g.scope })) },
      },
      actionItems: { createMany: { data: actionItemRows(task) } },
    },
    select: { id: true },
  });
  return id;
}
